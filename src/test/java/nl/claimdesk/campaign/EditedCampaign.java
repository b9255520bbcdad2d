package nl.claimdesk.campaign;

import java.util.UUID;
import nl.claimdesk.campaign.internal.CampaignImporter;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A campaign of a test's own for the content editor (one timeline item "Start", FAQ topics "Kosten" with "Wat kost
 * het?" and an empty "Privacy"), with its editor addresses and its items found by their Dutch text.
 */
public record EditedCampaign(JdbcClient jdbc, CampaignId id, String slug) {

    public static EditedCampaign create(ApplicationContext context, String prefix) {
        String slug = TestCampaigns.uniqueSlug(prefix);
        CampaignId id = context.getBean(CampaignImporter.class).importDefinition(TestCampaigns.withFaq(slug));
        context.getBean(CampaignSites.class).reload();
        return new EditedCampaign(context.getBean(JdbcClient.class), id, slug);
    }

    /** An address of the content editor below this campaign, e.g. {@code editor("timeline/new")}. */
    String editor(String rest) {
        return "/backoffice/content/" + slug + "/" + rest;
    }

    public UUID timelineItem(String dutchTitle) {
        return idBy("""
                select i.id from timeline_item i join timeline_item_text t on t.item_id = i.id
                where i.campaign_id = ? and t.language = 'nl' and t.title = ?""", dutchTitle);
    }

    UUID topic(String dutchTitle) {
        return idBy("""
                select f.id from faq_topic f join faq_topic_text t on t.topic_id = f.id
                where f.campaign_id = ? and t.language = 'nl' and t.title = ?""", dutchTitle);
    }

    public UUID faqItem(String dutchQuestion) {
        return idBy("""
                select i.id from faq_item i join faq_topic f on f.id = i.topic_id
                    join faq_item_text t on t.item_id = i.id
                where f.campaign_id = ? and t.language = 'nl' and t.question = ?""", dutchQuestion);
    }

    private UUID idBy(String sql, String text) {
        return jdbc.sql(sql).params(id.value(), text).query(UUID.class).single();
    }
}
