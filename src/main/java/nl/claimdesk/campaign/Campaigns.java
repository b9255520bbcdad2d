package nl.claimdesk.campaign;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.claimdesk.shared.Language;
import nl.claimdesk.web.Texts;
import org.springframework.stereotype.Component;

/** The campaigns, for other modules. Served from memory like the public site, so asking is cheap. */
@Component
public class Campaigns {

    private final CampaignSites sites;

    Campaigns(CampaignSites sites) {
        this.sites = sites;
    }

    public Optional<CampaignSummary> bySlug(String slug) {
        return sites.bySlug(slug).map(Campaigns::summary);
    }

    public List<CampaignSummary> all() {
        return sites.all().stream().map(Campaigns::summary).toList();
    }

    public Optional<CampaignSummary> byId(CampaignId id) {
        return sites.all().stream()
                .filter(site -> site.campaign().id().equals(id))
                .findFirst()
                .map(Campaigns::summary);
    }

    /** The campaign's fee terms in plain words, e.g. for the page where the agreement is accepted. */
    public List<String> feeInWords(CampaignSummary campaign, Texts t) {
        return CampaignTerms.fee(campaign.fee(), t);
    }

    private static CampaignSummary summary(CampaignSite site) {
        Campaign campaign = site.campaign();
        Map<Language, String> names = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            names.put(language, site.name(language));
        }
        return new CampaignSummary(
                campaign.id(),
                campaign.slug(),
                campaign.status(),
                campaign.defendant(),
                campaign.eligibility(),
                campaign.fee(),
                Map.copyOf(names));
    }
}
