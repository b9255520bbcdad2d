package nl.claimdesk.registration.view;

import java.util.List;

/** The campaigns, each with a link to its class and the number of its current version (0 when none). */
public record CampaignClassListView(List<Row> campaigns) {

    public record Row(String name, String href, int currentVersion) {}
}
