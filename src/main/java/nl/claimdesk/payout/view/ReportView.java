package nl.claimdesk.payout.view;

import java.util.List;

/**
 * The figures of one settlement for finance and viewers: aggregates only, never a name or an account. The payment
 * figures follow once payment runs exist.
 */
public record ReportView(String heading, List<Fact> figures, String csvHref, String backHref) {}
