package nl.claimdesk.payout.internal.ledger;

import org.jspecify.annotations.Nullable;

/**
 * A settlement's payments in all. Paid, in flight, rejected and returned count payments by their state (a share
 * rejected once and paid later counts in both); unclaimed counts the current version's shares with no live payment
 * (null before a version is published); changed counts claimants paid under an earlier version whose current share
 * differs, with what they are owed on top and what they were paid too much — neither is paid or claimed back
 * automatically (ADR 0051).
 */
public record PaymentFigures(
        Tally paid,
        Tally inFlight,
        Tally rejected,
        Tally returned,
        @Nullable Tally unclaimed,
        long changedAfterPayment,
        long owedAfterPaymentCents,
        long overpaidCents) {}
