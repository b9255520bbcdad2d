package nl.claimdesk.campaign.internal;

import java.util.List;

/** A campaign definition that cannot be imported, with everything wrong in it. */
class InvalidCampaignDefinition extends RuntimeException {

    private final List<String> problems;

    InvalidCampaignDefinition(String slug, List<String> problems) {
        super("campaign definition '" + slug + "' is invalid: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    List<String> problems() {
        return problems;
    }
}
