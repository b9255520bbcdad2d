package nl.claimdesk.payout;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the payout holds about a participant's claimants, for their data export: the bank accounts (the IBAN masked,
 * as every page shows it), the shares under every published allocation version, and the payments.
 */
public record PayoutRecords(List<BankAccount> bankAccounts, List<Share> shares, List<Payment> payments) {

    public PayoutRecords {
        bankAccounts = List.copyOf(bankAccounts);
        shares = List.copyOf(shares);
        payments = List.copyOf(payments);
    }

    /** An account a claimant is paid into: whose it is ({@code CLAIMANT} or {@code PARENT}) and its life. */
    public record BankAccount(
            UUID claimant,
            String iban,
            String holderName,
            String holder,
            String state,
            OffsetDateTime enteredAt,
            @Nullable OffsetDateTime confirmedAt,
            @Nullable OffsetDateTime endedAt,
            @Nullable String nameCheck,
            @Nullable OffsetDateTime nameCheckedAt) {}

    /** What a claimant was owed under one published allocation version; {@code current} while it is in force. */
    public record Share(
            UUID claimant,
            UUID settlement,
            int version,
            String category,
            long amountCents,
            boolean minor,
            OffsetDateTime publishedAt,
            boolean current) {}

    /** A payment to a claimant: the amount, into which account (masked), its state and the bank's reason code. */
    public record Payment(
            UUID claimant,
            UUID settlement,
            long amountCents,
            String iban,
            String state,
            @Nullable String reasonCode,
            @Nullable LocalDate executionDate,
            @Nullable OffsetDateTime reportedAt) {}
}
