package nl.claimdesk.payout;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a claimant is expected to receive under the current published allocation of a settlement, what still has to
 * happen before it is paid, and — once a payment is made — what was paid and when.
 */
public record ExpectedPayout(
        long amountCents,
        List<Step> stillToHappen,
        @Nullable Payment payment) {

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

    /**
     * The claimant's payment under the settlement: the amount, the execution date of its run, and whether the bank
     * accepted it or it is still on its way.
     */
    public record Payment(long amountCents, LocalDate date, boolean accepted) {}

    public ExpectedPayout {
        stillToHappen = List.copyOf(stillToHappen);
    }
}
