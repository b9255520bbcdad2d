package nl.claimdesk.payout.internal.ledger;

import java.util.UUID;

/**
 * A claimant paid (or being paid) under an earlier allocation version whose share in the current version is another
 * amount: zero when the current version no longer includes them. Finance settles the difference by hand.
 */
public record PaidAtAnotherAmount(
        UUID registration, UUID claimant, int paidUnderVersion, long paidCents, long currentCents) {

    public long differenceCents() {
        return currentCents - paidCents;
    }
}
