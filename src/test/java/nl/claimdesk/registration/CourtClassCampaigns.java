package nl.claimdesk.registration;

import java.util.List;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.campaign.CampaignSites;
import nl.claimdesk.campaign.Campaigns;
import nl.claimdesk.campaign.ResidenceRegime;
import nl.claimdesk.campaign.TestCampaigns;
import nl.claimdesk.campaign.TestClassVersions;
import nl.claimdesk.campaign.internal.CampaignImporter;
import nl.claimdesk.registration.internal.classification.ClassPublication;
import org.springframework.context.ApplicationContext;

/**
 * A campaign of a test's own, open for sign-up, whose class an admin later publishes as the court's: minors, residents
 * of the Netherlands only, use ending on 9 November 2022 (so that a start in 2022 needs its month).
 */
public final class CourtClassCampaigns {

    private CourtClassCampaigns() {}

    /** Imports a new minimal campaign and returns its slug. */
    public static String open(ApplicationContext context, String prefix) {
        String slug = TestCampaigns.uniqueSlug(prefix);
        context.getBean(CampaignImporter.class).importDefinition(TestCampaigns.minimal(slug));
        context.getBean(CampaignSites.class).reload();
        return slug;
    }

    /** Publishes the court's class for the campaign, which classifies everyone signed up so far. */
    public static void publishCourtClass(ApplicationContext context, String slug) {
        context.getBean(ClassPublication.class)
                .publish(
                        context.getBean(Campaigns.class).bySlug(slug).orElseThrow(),
                        TestClassVersions.court(List.of(TestClassVersions.MINORS), ResidenceRegime.EXCLUDED, true),
                        Actor.staff("admin"),
                        null);
    }
}
