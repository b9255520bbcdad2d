package nl.claimdesk.payout.view;

import java.util.List;

/** The settlements there are reports for. */
public record ReportListView(List<SettlementListView.Row> settlements) {}
