package nl.claimdesk.payout.internal.sepa;

/** One payment as the pain.001 file carries it; names and remittance are made SEPA text by the writer. */
public record CreditTransfer(
        String endToEndId, long amountCents, String creditorName, String creditorIban, String remittance) {}
