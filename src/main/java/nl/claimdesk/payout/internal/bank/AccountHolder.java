package nl.claimdesk.payout.internal.bank;

/** Whose account a claimant's share is paid into. */
public enum AccountHolder {
    /** The claimant's own account: the young adult's, or the child's. */
    CLAIMANT,
    /** The parent's account, as the child's legal administrator; only where the settlement's rule allows it. */
    PARENT
}
