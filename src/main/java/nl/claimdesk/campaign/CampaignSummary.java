package nl.claimdesk.campaign;

import java.util.Map;
import nl.claimdesk.shared.Language;

/** What other modules need to know of a campaign: who it is, whether it is open, and its rules. */
public record CampaignSummary(
        CampaignId id,
        String slug,
        CampaignStatus status,
        String defendant,
        EligibilityRules eligibility,
        FeeTerms fee,
        Map<Language, String> names) {

    public String name(Language language) {
        return names.get(language);
    }
}
