package nl.claimdesk.payout.view;

import java.util.List;

/** Every settlement, newest first, and where a new one is entered. */
public record SettlementListView(List<Row> settlements, String newHref) {

    /** One settlement in the list. */
    public record Row(String campaign, String source, String gross, String net, String state, String href) {}
}
