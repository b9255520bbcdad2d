package nl.claimdesk.payout.internal.ledger;

/** A number of payments or shares and their amount in cents. */
public record Tally(long count, long cents) {

    public static final Tally NONE = new Tally(0, 0);
}
