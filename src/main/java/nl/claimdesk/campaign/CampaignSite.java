package nl.claimdesk.campaign;

import java.util.Map;
import nl.claimdesk.shared.Language;

/** Everything the public site shows of one campaign, in every language. */
public record CampaignSite(Campaign campaign, Map<Language, LocalisedContent> content) {

    public LocalisedContent in(Language language) {
        return content.get(language);
    }

    public String name(Language language) {
        return in(language).text(ContentBlock.NAME);
    }
}
