package nl.claimdesk.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import nl.claimdesk.IntegrationTest;
import nl.claimdesk.campaign.internal.CampaignDefinition;
import nl.claimdesk.campaign.internal.CampaignImporter;
import nl.claimdesk.campaign.internal.DemoCampaigns;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.shared.Language;
import nl.claimdesk.shared.StaffRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Definition files and edited content: a restart runs the import of the bundled campaigns again, and that must never
 * overwrite what an editor changed since.
 */
@IntegrationTest
class ContentImportTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CampaignImporter importer;

    @Autowired
    CampaignSites sites;

    @Autowired
    DemoCampaigns demoCampaigns;

    @Test
    void aRestartKeepsTheEditorsChangesAndDoesNotImportTheFileAgain() throws Exception {
        String slug = TestCampaigns.uniqueSlug("restart");
        CampaignDefinition definition = TestCampaigns.withText(slug, ContentBlock.INTRO, "Uit het bestand.");
        importer.importDefinition(definition);
        sites.reload();
        ContentEditorClient editor = new ContentEditorClient(mvc, TestStaff.create(jdbc, StaffRole.EDITOR));
        String path = "/backoffice/content/" + slug + "/texts/intro";
        Map<String, String> form = ContentEditorClient.fields(editor.page(path));
        form.putAll(Map.of("nl-text", "Door de redactie.", "en-text", "By the editors."));
        assertThat(editor.post(path, form).getStatus()).isEqualTo(302);

        demoCampaigns.importUnlessPresent(definition);
        CampaignSites restartedNode = new CampaignSites(new CampaignStore(jdbc));

        assertThat(restartedNode
                        .bySlug(slug)
                        .orElseThrow()
                        .in(Language.NL)
                        .html(ContentBlock.INTRO)
                        .html())
                .isEqualTo("<p>Door de redactie.</p>");
        assertThat(jdbc.sql("select count(*) from campaign where slug = ?")
                        .param(slug)
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(ContentEditorClient.publicPage(mvc, "/en/" + slug)
                        .select(".hero .prose")
                        .text())
                .isEqualTo("By the editors.");
    }

    @Test
    void importingAFileForAStoredCampaignIsRefusedRatherThanMerged() {
        String slug = TestCampaigns.uniqueSlug("twice");
        importer.importDefinition(TestCampaigns.minimal(slug));

        assertThatThrownBy(() -> importer.importDefinition(TestCampaigns.withText(slug, ContentBlock.INTRO, "Later.")))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(jdbc.sql("select count(*) from campaign_text t join campaign c on c.id = t.campaign_id"
                                + " where c.slug = ? and t.block = 'intro'")
                        .param(slug)
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
