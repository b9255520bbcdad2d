package nl.claimdesk.payout;

import java.util.List;

/**
 * What a claimant is expected to receive under the current published allocation of a settlement, and what still has
 * to happen before it is paid.
 */
public record ExpectedPayout(long amountCents, List<Step> stillToHappen) {

    /** What stands between the published amount and the payment, in order. */
    public enum Step {
        /** The participant gives the account the amount is paid into. */
        BANK_DETAILS,
        /** A payment into the account failed (the bank rejected or returned it): the participant gives another. */
        NEW_BANK_DETAILS,
        /** The subdistrict court approves the settlement for minors (art. 1:345 BW). */
        COURT_APPROVAL,
        /** Finance pays it in a payment run; its date is not set yet. */
        PAYMENT
    }

    public ExpectedPayout {
        stillToHappen = List.copyOf(stillToHappen);
    }
}
