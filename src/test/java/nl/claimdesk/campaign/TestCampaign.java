package nl.claimdesk.campaign;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.claimdesk.campaign.internal.CampaignImporter;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A campaign of a test's own, so that what the test counts (the public counter) and what a job walks over (every
 * campaign's claimants) is the test's alone, even when other test runs use the same database at the same time.
 */
public record TestCampaign(CampaignId id, String slug) {

    /** Imports a minimal open campaign (TikTok's rules: children under 18 using it after 25 May 2018) and serves it. */
    public static TestCampaign create(ApplicationContext context, String prefix) {
        String slug = TestCampaigns.uniqueSlug(prefix);
        CampaignId id = context.getBean(CampaignImporter.class).importDefinition(TestCampaigns.minimal(slug));
        context.getBean(CampaignSites.class).reload();
        return new TestCampaign(id, slug);
    }

    /** The campaign's name as mails and pages show it. */
    public String name() {
        return "Test claim " + slug;
    }

    /** The public count of registrations as a node sees it that never read it before: what is stored right now. */
    public long registrations(ApplicationContext context) {
        return new RegistrationCounter(
                        context.getBean(JdbcClient.class), Clock.systemUTC(), context.getBean(CampaignSettings.class))
                .registrations(id);
    }

    /**
     * The campaigns as a job sees them that must touch this campaign only: a job that walks every campaign, run with
     * these, leaves the rest of a shared database alone.
     */
    public Campaigns alone(ApplicationContext context) {
        CampaignSites all = context.getBean(CampaignSites.class);
        CampaignSites mine = new CampaignSites(context.getBean(CampaignStore.class)) {
            @Override
            public List<CampaignSite> all() {
                return all.all().stream()
                        .filter(site -> site.campaign().id().equals(id))
                        .toList();
            }

            @Override
            public Optional<CampaignSite> bySlug(String wanted) {
                return all().stream()
                        .filter(site -> site.campaign().slug().equals(wanted))
                        .findFirst();
            }
        };
        return new Campaigns(mine);
    }
}
