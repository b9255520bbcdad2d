package nl.claimdesk.payout.view;

import org.jspecify.annotations.Nullable;

/**
 * The upload of a bank report and, after one, what it matched.
 *
 * @param result the summary of the import just done; null before one
 * @param error why the file was refused, next to the field; null when it was not
 */
public record BankReportView(
        String action,
        String backHref,
        @Nullable String result,
        @Nullable String error) {}
