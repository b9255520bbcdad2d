package nl.claimdesk.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import nl.claimdesk.IntegrationTest;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.shared.StaffRole;
import nl.claimdesk.web.HtmlChecker;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The editor's forms: preview, validation and two editors saving the same item. */
@IntegrationTest
class ContentEditorFormsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    private EditedCampaign campaign;
    private String slug;
    private UUID item;
    private ContentEditorClient client;

    @BeforeEach
    void campaignAndEditor() {
        campaign = EditedCampaign.create(context, "forms");
        slug = campaign.slug();
        item = campaign.timelineItem("Start");
        client = new ContentEditorClient(mvc, TestStaff.create(jdbc, StaffRole.EDITOR));
    }

    @Test
    void thePreviewShowsSanitisedHtmlKeepsTheInputAndSavesNothing() throws Exception {
        String path = timelinePath();
        Map<String, String> form = ContentEditorClient.fields(client.page(path));
        String hostile = "**Vet** <script>alert('x')</script> [klik](javascript:alert(1)) <img src=x onerror=alert(1)>";
        form.put("nl-body", hostile);
        form.put("action", "preview");

        MockHttpServletResponse response = client.post(path, form);

        assertThat(response.getStatus()).isEqualTo(200);
        Document page = ContentEditorClient.parse(response);
        Document preview =
                org.jsoup.Jsoup.parse(page.select(".content-preview").first().html());
        assertThat(preview.select("strong").text()).isEqualTo("Vet");
        assertThat(preview.select("script, img, [onerror], a[href^=javascript]"))
                .isEmpty();
        assertThat(preview.text()).contains("<script>alert('x')</script>");
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("textarea[name=nl-body]").first().val()).isEqualTo(hostile);
        assertThat(storedBody()).isEqualTo("Het begint.");
    }

    @Test
    void missingFieldsAndAnImpossibleDateAreNamedNextToTheFieldAndTheInputIsKept() throws Exception {
        String path = timelinePath();
        Map<String, String> form = ContentEditorClient.fields(client.page(path));
        form.putAll(Map.of(
                "dateDay", "31", "dateMonth", "4", "dateYear", "2024", "nl-title", " ", "en-title", "Kept title"));

        MockHttpServletResponse response = client.post(path, form);

        assertThat(response.getStatus()).isEqualTo(200);
        Document page = ContentEditorClient.parse(response);
        assertThat(page.select(".error-summary a").eachAttr("href")).containsExactly("#date", "#nl-title");
        assertThat(page.select("#date-error").text()).contains("Deze datum bestaat niet");
        assertThat(page.select("#nl-title-error").text()).contains("Titel", "Nederlands");
        assertThat(page.select("input[name=en-title]").val()).isEqualTo("Kept title");
        assertThat(page.select("input[name=dateDay]").val()).isEqualTo("31");
        assertThat(storedTitle()).isEqualTo("Start");
    }

    @Test
    void aDateInWordsAndAQuestionWithoutTopicOrAnswerAreRefused() throws Exception {
        Map<String, String> timeline = ContentEditorClient.fields(client.page(newPath("timeline")));
        timeline.putAll(
                Map.of("dateDay", "een", "dateMonth", "mei", "dateYear", "2024", "nl-title", "a", "en-title", "b"));
        Document refused = ContentEditorClient.parse(client.post(newPath("timeline"), timeline));
        assertThat(refused.select("#date-error").text()).contains("cijfers");

        Map<String, String> faq = ContentEditorClient.fields(client.page(newPath("faq")));
        faq.putAll(Map.of("topic", "", "nl-question", "Vraag?", "en-question", "Question?", "en-answer", "Yes."));
        Document page = ContentEditorClient.parse(client.post(newPath("faq"), faq));
        assertThat(page.select(".error-summary a").eachAttr("href")).containsExactly("#topic", "#nl-answer");
        assertThat(page.select("textarea[name=en-answer]").first().val()).isEqualTo("Yes.");
        assertThat(jdbc.sql("select count(*) from faq_item_text where question = 'Vraag?'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aSaveBasedOnAnOlderVersionIsRefusedAndKeepsTheEditorsInput() throws Exception {
        String path = timelinePath();
        Map<String, String> first = ContentEditorClient.fields(client.page(path));
        Map<String, String> second = ContentEditorClient.fields(client.page(path));
        first.put("nl-title", "Eerste redacteur");
        assertThat(client.post(path, first).getStatus()).isEqualTo(302);

        second.put("nl-title", "Tweede redacteur");
        MockHttpServletResponse refused = client.post(path, second);

        assertThat(refused.getStatus()).isEqualTo(409);
        Document page = ContentEditorClient.parse(refused);
        assertThat(page.select("[role=alert] h2").text()).isEqualTo("Iemand anders heeft dit intussen gewijzigd");
        assertThat(page.select("input[name=nl-title]").val()).isEqualTo("Tweede redacteur");
        assertThat(page.select(".content-stored__text").eachText()).contains("Eerste redacteur");
        assertThat(storedTitle()).isEqualTo("Eerste redacteur");

        Map<String, String> knowingly = ContentEditorClient.fields(page);
        assertThat(client.post(path, knowingly).getStatus()).isEqualTo(302);
        assertThat(storedTitle()).isEqualTo("Tweede redacteur");
    }

    @Test
    void aTextSavedMeanwhileAndAnItemDeletedMeanwhileAreReportedToo() throws Exception {
        String text = "/backoffice/content/" + slug + "/texts/tagline";
        Map<String, String> stale = ContentEditorClient.fields(client.page(text));
        Map<String, String> fresh = ContentEditorClient.fields(client.page(text));
        fresh.put("nl-text", "Nieuw");
        assertThat(client.post(text, fresh).getStatus()).isEqualTo(302);
        stale.put("nl-text", "Oud");
        assertThat(client.post(text, stale).getStatus()).isEqualTo(409);

        String path = timelinePath();
        Map<String, String> edit = ContentEditorClient.fields(client.page(path));
        String delete = path + "/delete";
        assertThat(client.post(delete, ContentEditorClient.fields(client.page(delete)))
                        .getStatus())
                .isEqualTo(302);
        edit.put("nl-title", "Toch bewaren");
        MockHttpServletResponse gone = client.post(path, edit);

        assertThat(gone.getStatus()).isEqualTo(409);
        Document page = ContentEditorClient.parse(gone);
        assertThat(page.select("[role=alert] p").text()).contains("verwijderd");
        assertThat(page.select("form.content-editor").attr("action")).isEqualTo(newPath("timeline"));
        assertThat(page.select("input[name=nl-title]").val()).isEqualTo("Toch bewaren");
    }

    @Test
    void theEditorPagesAreValidHtml() throws Exception {
        String path = timelinePath();
        Map<String, String> invalid = ContentEditorClient.fields(client.page(path));
        invalid.putAll(Map.of("nl-title", "", "action", "preview", "nl-body", "# Kop\n\n* een\n* twee"));
        Map<String, String> errors = ContentEditorClient.fields(client.page(path));
        errors.put("en-title", "");

        for (String html : new String[] {
            client.get("/backoffice/content").getContentAsString(StandardCharsets.UTF_8),
            client.get(newPath("faq")).getContentAsString(StandardCharsets.UTF_8),
            client.get("/backoffice/content/" + slug + "/texts/intro").getContentAsString(StandardCharsets.UTF_8),
            client.get(path + "/delete").getContentAsString(StandardCharsets.UTF_8),
            client.post(path, invalid).getContentAsString(StandardCharsets.UTF_8),
            client.post(path, errors).getContentAsString(StandardCharsets.UTF_8)
        }) {
            assertThat(HtmlChecker.errorsIn(html)).isEmpty();
        }
    }

    @Test
    void unknownCampaignsTextsAndItemsAreNotFound() throws Exception {
        assertThat(client.get("/backoffice/content/no-such-campaign/texts/intro")
                        .getStatus())
                .isEqualTo(404);
        assertThat(client.get("/backoffice/content/" + slug + "/texts/noSuchText")
                        .getStatus())
                .isEqualTo(404);
        assertThat(client.get("/backoffice/content/" + slug + "/timeline/" + UUID.randomUUID())
                        .getStatus())
                .isEqualTo(404);
        UUID tiktokItem = jdbc.sql("""
                        select i.id from timeline_item i join campaign c on c.id = i.campaign_id
                        where c.slug = 'tiktok' fetch first 1 rows only""").query(UUID.class).single();
        assertThat(client.get("/backoffice/content/" + slug + "/timeline/" + tiktokItem)
                        .getStatus())
                .as("an item of another campaign")
                .isEqualTo(404);
    }

    private String timelinePath() {
        return "/backoffice/content/" + slug + "/timeline/" + timelineItem();
    }

    private String newPath(String kind) {
        return "/backoffice/content/" + slug + "/" + kind + "/new";
    }

    private UUID timelineItem() {
        return item;
    }

    private String storedTitle() {
        return storedTimelineText("title");
    }

    private String storedBody() {
        return storedTimelineText("body");
    }

    private String storedTimelineText(String column) {
        return jdbc.sql("select " + column + " from timeline_item_text where item_id = ? and language = 'nl'")
                .param(timelineItem())
                .query(String.class)
                .single();
    }
}
