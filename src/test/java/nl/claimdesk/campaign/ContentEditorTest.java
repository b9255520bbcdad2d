package nl.claimdesk.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.claimdesk.IntegrationTest;
import nl.claimdesk.campaign.view.TimelineEntry;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.infrastructure.StaffMember;
import nl.claimdesk.shared.Language;
import nl.claimdesk.shared.StaffRole;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** An editor changes the timeline, the FAQ and the texts, and the public site shows it at once. */
@IntegrationTest
class ContentEditorTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    private EditedCampaign campaign;
    private String slug;
    private StaffMember editor;
    private ContentEditorClient client;

    @BeforeEach
    void campaignAndEditor() {
        campaign = EditedCampaign.create(context, "edit");
        slug = campaign.slug();
        editor = TestStaff.create(jdbc, StaffRole.EDITOR);
        client = new ContentEditorClient(mvc, editor);
    }

    @Test
    void anEditedTimelineItemShowsOnThePublicSiteAtOnce() throws Exception {
        String path = "/backoffice/content/" + slug + "/timeline/" + campaign.timelineItem("Start");
        Map<String, String> form = ContentEditorClient.fields(client.page(path));
        assertThat(form).containsEntry("nl-title", "Start").containsEntry("dateYear", "2024");

        form.putAll(Map.of(
                "dateDay", "3",
                "dateMonth", "2",
                "dateYear", "2025",
                "nl-title", "Dagvaarding uitgebracht",
                "nl-body", "De stichting heeft **TikTok** gedagvaard.",
                "en-title", "Writ served",
                "en-body", "The foundation has summoned TikTok.",
                "action", "save"));
        MockHttpServletResponse saved = client.post(path, form);

        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(saved.getRedirectedUrl()).isEqualTo("/backoffice/content?saved=" + slug);
        Document landing = ContentEditorClient.publicPage(mvc, "/nl/" + slug);
        assertThat(landing.select(".timeline__title").eachText()).containsExactly("Dagvaarding uitgebracht");
        assertThat(landing.select(".timeline__body strong").text()).isEqualTo("TikTok");
        assertThat(landing.select(".timeline time").attr("datetime")).isEqualTo("2025-02-03");
        Document english = ContentEditorClient.publicPage(mvc, "/en/" + slug + "/timeline");
        assertThat(english.select(".timeline__title").eachText()).containsExactly("Writ served");
        assertThat(client.page("/backoffice/content?saved=" + slug)
                        .select("[role=status]")
                        .text())
                .contains("Opgeslagen");
    }

    @Test
    void anAddedTimelineItemIsShownNewestFirstAndADeletedOneDisappears() throws Exception {
        Map<String, String> form = ContentEditorClient.fields(client.page(newTimeline()));
        form.putAll(Map.of(
                "dateDay", "15",
                "dateMonth", "6",
                "dateYear", "2026",
                "nl-title", "Zitting bij de rechtbank",
                "nl-body", "",
                "en-title", "Court hearing",
                "en-body", ""));

        assertThat(client.post(newTimeline(), form).getStatus()).isEqualTo(302);
        assertThat(ContentEditorClient.publicPage(mvc, "/nl/" + slug)
                        .select(".timeline__title")
                        .eachText())
                .containsExactly("Zitting bij de rechtbank", "Start");

        String delete = "/backoffice/content/" + slug + "/timeline/" + campaign.timelineItem("Start") + "/delete";
        Document confirm = client.page(delete);
        assertThat(confirm.select("h1").text()).isEqualTo("Tijdlijnitem verwijderen");
        assertThat(client.post(delete, ContentEditorClient.fields(confirm)).getStatus())
                .isEqualTo(302);

        assertThat(ContentEditorClient.publicPage(mvc, "/nl/" + slug)
                        .select(".timeline__title")
                        .eachText())
                .containsExactly("Zitting bij de rechtbank");
        assertThat(count("select count(*) from timeline_item where campaign_id = ?"))
                .isEqualTo(1);
    }

    @Test
    void faqQuestionsAreAddedChangedMovedAndDeleted() throws Exception {
        String add = "/backoffice/content/" + slug + "/faq/new";
        Map<String, String> form = ContentEditorClient.fields(client.page(add));
        form.putAll(Map.of(
                "topic", campaign.topic("Kosten").toString(),
                "nl-question", "Moet ik lid worden?",
                "nl-answer", "Nee, meedoen is *gratis*.",
                "en-question", "Do I have to join?",
                "en-answer", "No, taking part is free."));
        assertThat(client.post(add, form).getStatus()).isEqualTo(302);

        Document landing = ContentEditorClient.publicPage(mvc, "/nl/" + slug);
        assertThat(landing.select(".faq summary").eachText()).containsExactly("Wat kost het?", "Moet ik lid worden?");
        assertThat(landing.select(".faq em").text()).isEqualTo("gratis");

        String edit = "/backoffice/content/" + slug + "/faq/" + campaign.faqItem("Wat kost het?");
        Map<String, String> change = ContentEditorClient.fields(client.page(edit));
        change.putAll(Map.of("topic", campaign.topic("Privacy").toString(), "nl-question", "Wat kost meedoen?"));
        assertThat(client.post(edit, change).getStatus()).isEqualTo(302);

        Document changed = ContentEditorClient.publicPage(mvc, "/nl/" + slug);
        assertThat(changed.select(".faq h3").eachText()).containsExactly("Kosten", "Privacy");
        assertThat(changed.select(".faq summary").eachText())
                .containsExactly("Moet ik lid worden?", "Wat kost meedoen?");
        assertThat(ContentEditorClient.publicPage(mvc, "/en/" + slug)
                        .select(".faq summary")
                        .eachText())
                .containsExactly("Do I have to join?", "What does it cost?");

        String delete = edit + "/delete";
        assertThat(client.post(delete, ContentEditorClient.fields(client.page(delete)))
                        .getStatus())
                .isEqualTo(302);
        assertThat(ContentEditorClient.publicPage(mvc, "/nl/" + slug)
                        .select(".faq summary")
                        .eachText())
                .containsExactly("Moet ik lid worden?");
    }

    @Test
    void anEditedTextShowsOnTheLandingPageInItsLanguage() throws Exception {
        String path = "/backoffice/content/" + slug + "/texts/intro";
        Map<String, String> form = ContentEditorClient.fields(client.page(path));
        assertThat(form).containsEntry("version", "0");
        form.putAll(Map.of("nl-text", "Kinderen verdienen *privacy*.", "en-text", "Children deserve privacy."));

        assertThat(client.post(path, form).getStatus()).isEqualTo(302);
        assertThat(ContentEditorClient.publicPage(mvc, "/nl/" + slug)
                        .select(".hero .prose")
                        .html())
                .isEqualTo("<p>Kinderen verdienen <em>privacy</em>.</p>");
        assertThat(ContentEditorClient.publicPage(mvc, "/en/" + slug)
                        .select(".hero .prose")
                        .text())
                .isEqualTo("Children deserve privacy.");

        Map<String, String> again = ContentEditorClient.fields(client.page(path));
        assertThat(again).containsEntry("version", "1").containsEntry("nl-text", "Kinderen verdienen *privacy*.");
        again.put("nl-text", "Kinderen verdienen bescherming.");
        assertThat(client.post(path, again).getStatus()).isEqualTo(302);
        assertThat(ContentEditorClient.publicPage(mvc, "/nl/" + slug)
                        .select(".hero .prose")
                        .text())
                .isEqualTo("Kinderen verdienen bescherming.");
    }

    @Test
    void everyChangeIsAuditedWithWhoAndBeforeAndAfter() throws Exception {
        UUID item = campaign.timelineItem("Start");
        String path = "/backoffice/content/" + slug + "/timeline/" + item;
        Map<String, String> form = ContentEditorClient.fields(client.page(path));
        form.put("nl-title", "Nieuwe titel");
        client.post(path, form);
        String delete = path + "/delete";
        client.post(delete, ContentEditorClient.fields(client.page(delete)));

        var entries = jdbc.sql("""
                        select actor_kind, actor_id, ip, details from audit_entry
                        where action = 'content.changed' and subject_type = 'timeline_item' and subject_id = ?
                        order by occurred_at""")
                .param(item.toString())
                .query((rs, row) -> Map.of(
                        "actor", rs.getString("actor_kind") + ":" + rs.getString("actor_id"),
                        "ip", String.valueOf(rs.getString("ip")),
                        "details", rs.getString("details")))
                .list();

        assertThat(entries).hasSize(2);
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.get("actor")).isEqualTo("STAFF:" + editor.id());
            assertThat(entry.get("ip")).isEqualTo("127.0.0.0");
            assertThat(entry.get("details")).contains("\"campaign\":\"" + slug + "\"");
        });
        assertThat(entries.get(0).get("details"))
                .contains("\"before\":{\"date\":\"2024-01-01\"", "\"title\":\"Start\"", "\"title\":\"Nieuwe titel\"");
        assertThat(entries.get(1).get("details")).contains("\"title\":\"Nieuwe titel\"", "\"after\":null");
    }

    @Test
    void anotherNodeShowsTheEditOnceItNoticesTheNewRevision() throws Exception {
        CampaignSites otherNode = new CampaignSites(new CampaignStore(jdbc));
        assertThat(dutchTimelineOn(otherNode)).containsExactly("Start");

        String path = "/backoffice/content/" + slug + "/timeline/" + campaign.timelineItem("Start");
        Map<String, String> form = ContentEditorClient.fields(client.page(path));
        form.put("nl-title", "Elders gewijzigd");
        client.post(path, form);
        otherNode.reloadWhenChanged();

        assertThat(dutchTimelineOn(otherNode)).containsExactly("Elders gewijzigd");
    }

    private List<String> dutchTimelineOn(CampaignSites node) {
        return node.bySlug(slug).orElseThrow().in(Language.NL).timeline().stream()
                .map(TimelineEntry::title)
                .toList();
    }

    private String newTimeline() {
        return campaign.editor("timeline/new");
    }

    private long count(String sql) {
        return jdbc.sql(sql).param(campaign.id().value()).query(Long.class).single();
    }
}
