package nl.claimdesk.payout.internal.bank;

import java.time.OffsetDateTime;
import java.util.UUID;
import nl.claimdesk.payout.Iban;
import org.jspecify.annotations.Nullable;

/** A bank account as stored, without its IBAN: only what the masked form shows. */
public record BankAccount(
        UUID id,
        UUID claimant,
        UUID enteredBy,
        String country,
        int length,
        String lastFour,
        String holderName,
        AccountHolder holder,
        State state,
        OffsetDateTime enteredAt,
        @Nullable OffsetDateTime confirmedAt,
        @Nullable NameCheck nameCheck,
        @Nullable OffsetDateTime nameCheckResolvedAt) {

    public enum State {
        /** Entered, waiting for the registrant to confirm it through the mailed link. */
        UNCONFIRMED,
        CONFIRMED,
        /** Another account took its place (or another entry before it was confirmed). */
        REPLACED,
        /** A payment into it was rejected or returned: the registrant is asked for new details. */
        NEEDS_NEW
    }

    public String masked() {
        return Iban.masked(country, length, lastFour);
    }

    /** Whether a payment run may pay into it: confirmed, and not held by an unresolved failed name check. */
    public boolean payable() {
        return state == State.CONFIRMED && !(nameCheck == NameCheck.NO_MATCH && nameCheckResolvedAt == null);
    }
}
