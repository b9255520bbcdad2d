package nl.claimdesk.payout.view;

import java.util.List;

/** The settlements there are reports for, and each campaign's totals over its settlements. */
public record ReportListView(List<CampaignTotals> campaigns, List<SettlementListView.Row> settlements) {

    /** A campaign's settlements added up: what came in, what it pays, and where its payments stand. */
    public record CampaignTotals(
            String campaign,
            String gross,
            String fee,
            String net,
            String paid,
            String inFlight,
            String rejected,
            String returned,
            String unclaimed) {}
}
