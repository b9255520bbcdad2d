package nl.claimdesk.payout.internal.reconciliation;

import org.jspecify.annotations.Nullable;

/**
 * What a bank report says about one payment, found by its EndToEndId.
 *
 * @param reason the ISO 20022 reason code of a rejection or return (e.g. AC04, closed account)
 */
public record PaymentStatus(
        String endToEndId, Outcome outcome, @Nullable String reason) {

    public enum Outcome {
        ACCEPTED,
        /** Refused before booking (pain.002 RJCT). */
        REJECTED,
        /** Booked, then sent back by the payee's bank (camt.054 with return information). */
        RETURNED
    }
}
