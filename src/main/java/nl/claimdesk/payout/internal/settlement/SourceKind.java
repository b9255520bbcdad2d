package nl.claimdesk.payout.internal.settlement;

/** Where the money comes from: a court's judgment or a settlement with the defendant. */
public enum SourceKind {
    JUDGMENT,
    SETTLEMENT
}
