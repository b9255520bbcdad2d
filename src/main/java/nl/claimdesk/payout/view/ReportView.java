package nl.claimdesk.payout.view;

import java.util.List;

/** The figures of one settlement, its payments included, for finance and viewers: aggregates only, never a name or an account. */
public record ReportView(String heading, List<Fact> figures, String csvHref, String backHref) {}
