package nl.claimdesk.campaign;

import java.util.Map;
import nl.claimdesk.shared.Language;

/** Everything the public site shows of one campaign, in every language. */
record CampaignSite(Campaign campaign, Map<Language, LocalisedContent> content) {

    LocalisedContent in(Language language) {
        return content.get(language);
    }

    String name(Language language) {
        return in(language).text(ContentBlock.NAME);
    }
}
