package nl.claimdesk.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import nl.claimdesk.IntegrationTest;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.shared.StaffRole;
import nl.claimdesk.web.HtmlChecker;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An editor publishes the foundation's documents as PDF; the foundation page lists them in both languages and anyone
 * downloads them; what is not a PDF, too large, or sent by another role is refused.
 */
@IntegrationTest
class FoundationDocumentsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    private String slug;
    private DocumentClient editor;
    private ContentEditorClient pages;

    @BeforeEach
    void campaignAndEditor() {
        slug = EditedCampaign.create(context, "docs").slug();
        var member = TestStaff.create(jdbc, StaffRole.EDITOR);
        editor = new DocumentClient(mvc, member);
        pages = new ContentEditorClient(mvc, member);
    }

    @Test
    void anUploadedDocumentIsListedInBothLanguagesAndDownloadedByAnyone() throws Exception {
        byte[] pdf = DocumentClient.pdf("statuten 2024");
        MockHttpServletResponse saved = editor.upload(
                newDocument(),
                DocumentClient.statutes("Statuten van de Stichting", "Articles of the Foundation"),
                pdf,
                "../../etc/evil name.pdf");

        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(saved.getRedirectedUrl()).isEqualTo("/backoffice/content?saved=" + slug);

        Document dutch = ContentEditorClient.publicPage(mvc, "/nl/" + slug + "/stichting");
        Element section = dutch.getElementById("documents").parent();
        assertThat(section.select("h3").eachText()).containsExactly("Statuten");
        Element link = section.selectFirst("a[type=application/pdf]");
        assertThat(link.text()).isEqualTo("Statuten van de Stichting");
        assertThat(link.attr("hreflang")).isEqualTo("nl");
        assertThat(section.select(".document-list__details").text())
                .isEqualTo("1 maart 2024, in het Nederlands, PDF, 1 KB");
        assertThat(dutch.select(".toc a[href=#documents]").text()).isEqualTo("Documenten");
        Document english = ContentEditorClient.publicPage(mvc, "/en/" + slug + "/foundation");
        Element englishLink = english.selectFirst("#documents + h3 + ul a");
        assertThat(englishLink.text()).isEqualTo("Articles of the Foundation");
        assertThat(english.select(".document-list__details").text()).isEqualTo("March 1, 2024, in Dutch, PDF, 1 KB");

        String href = link.attr("href");
        assertThat(href).startsWith("/nl/" + slug + "/stichting/documenten/");
        assertThat(englishLink.attr("href"))
                .isEqualTo(href.replace("/nl/", "/en/").replace("/stichting/documenten/", "/foundation/documents/"));
        MockHttpServletResponse download = mvc.perform(get(href)).andReturn().getResponse();
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentAsByteArray()).isEqualTo(pdf);
        assertThat(download.getContentType()).isEqualTo("application/pdf");
        assertThat(download.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"statuten-van-de-stichting-2024-03-01.pdf\"");
        assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getHeader("Cache-Control")).isEqualTo("no-cache, public");
        String etag = "\"" + sha256(pdf) + "\"";
        assertThat(download.getHeader("ETag")).isEqualTo(etag);
        MockHttpServletResponse again =
                mvc.perform(get(href).header("If-None-Match", etag)).andReturn().getResponse();
        assertThat(again.getStatus()).isEqualTo(304);
        assertThat(again.getContentAsByteArray()).isEmpty();
        assertThat(mvc.perform(get(englishLink.attr("href")))
                        .andReturn()
                        .getResponse()
                        .getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"articles-of-the-foundation-2024-03-01.pdf\"");

        assertThat(jdbc.sql("""
                        select count(*) from audit_entry
                        where action = 'content.changed' and subject_type = 'campaign_document' and subject_id = ?""")
                        .param(documentId(href).toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aFileThatIsNoPdfIsRefusedWithAMessageAndTheOtherFieldsKept() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
        Map<String, String> form = new HashMap<>(DocumentClient.statutes("Jaarverslag 2023", "Annual report 2023"));
        form.put("kind", "ANNUAL_REPORT");
        form.put("language", "en");

        MockHttpServletResponse refused = editor.upload(newDocument(), form, png, "jaarverslag.pdf");

        assertThat(refused.getStatus()).isEqualTo(200);
        Document page = DocumentClient.parse(refused);
        assertThat(page.select("#file-error").text()).contains("Dit bestand is geen PDF");
        assertThat(page.select(".error-summary a[href=#file]").text()).contains("geen PDF");
        assertThat(page.select("input[name=nl-title]").val()).isEqualTo("Jaarverslag 2023");
        assertThat(page.select("input[name=en-title]").val()).isEqualTo("Annual report 2023");
        assertThat(page.select("select[name=kind] option[selected]").val()).isEqualTo("ANNUAL_REPORT");
        assertThat(page.select("select[name=language] option[selected]").val()).isEqualTo("en");
        assertThat(page.select("input[name=dateYear]").val()).isEqualTo("2024");
        assertThat(documents()).isZero();

        byte[] cutOff = "%PDF-1.7\n1 0 obj << /Type /Catalog >> en".getBytes(StandardCharsets.US_ASCII);
        assertThat(DocumentClient.parse(editor.upload(newDocument(), form, cutOff, "a.pdf"))
                        .select("#file-error")
                        .text())
                .contains("geen PDF");
        assertThat(DocumentClient.parse(editor.upload(newDocument(), form, null, "a.pdf"))
                        .select("#file-error")
                        .text())
                .contains("Kies het PDF-bestand");
        assertThat(documents()).isZero();
    }

    @Test
    void aFileOverTheLimitIsRefusedWithTheLimitNamedAndTheOtherFieldsKept() throws Exception {
        byte[] large = new byte[10 * 1024 * 1024 + 1];
        byte[] pdf = DocumentClient.pdf("");
        System.arraycopy(pdf, 0, large, 0, 20);
        System.arraycopy(pdf, pdf.length - 7, large, large.length - 7, 7);

        MockHttpServletResponse refused =
                editor.upload(newDocument(), DocumentClient.statutes("Te groot", "Too large"), large, "groot.pdf");

        Document page = DocumentClient.parse(refused);
        assertThat(page.select("#file-error").text()).contains("groter dan 10 MB");
        assertThat(page.select("input[name=nl-title]").val()).isEqualTo("Te groot");
        assertThat(documents()).isZero();
    }

    @Test
    void aDocumentIsDescribedAnewReplacedAndRemovedAndRemovedIsNoLongerServed() throws Exception {
        editor.upload(
                newDocument(), DocumentClient.statutes("Statuten", "Statutes"), DocumentClient.pdf("oud"), "a.pdf");
        String href = publicLink();
        UUID id = documentId(href);
        String edit = "/backoffice/content/" + slug + "/documents/" + id;
        Map<String, String> form = ContentEditorClient.fields(pages.page(edit));
        assertThat(form).containsEntry("nl-title", "Statuten").containsEntry("version", "1");
        form.put("nl-title", "Statuten (gewijzigd 2025)");
        form.put("kind", "STATUTES");
        form.put("language", "nl");

        assertThat(editor.upload(edit, form, null, "").getStatus()).isEqualTo(302);
        assertThat(mvc.perform(get(href)).andReturn().getResponse().getContentAsByteArray())
                .isEqualTo(DocumentClient.pdf("oud"));
        assertThat(ContentEditorClient.publicPage(mvc, "/nl/" + slug + "/stichting")
                        .select("#documents ~ ul a")
                        .text())
                .isEqualTo("Statuten (gewijzigd 2025)");

        byte[] replacement = DocumentClient.pdf("nieuw");
        form.put("version", "2");
        assertThat(editor.upload(edit, form, replacement, "b.pdf").getStatus()).isEqualTo(302);
        MockHttpServletResponse replaced = mvc.perform(get(href)).andReturn().getResponse();
        assertThat(replaced.getContentAsByteArray()).isEqualTo(replacement);
        assertThat(replaced.getHeader("ETag")).isEqualTo("\"" + sha256(replacement) + "\"");

        form.put("nl-title", "Verouderd");
        MockHttpServletResponse stale = editor.upload(edit, form, null, "");
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(DocumentClient.parse(stale).select("input[name=nl-title]").val())
                .isEqualTo("Verouderd");

        Document confirm = pages.page(edit + "/delete");
        assertThat(confirm.select("h1").text()).isEqualTo("Document verwijderen");
        assertThat(pages.post(edit + "/delete", ContentEditorClient.fields(confirm))
                        .getStatus())
                .isEqualTo(302);

        assertThat(mvc.perform(get(href)).andReturn().getResponse().getStatus()).isEqualTo(404);
        MockHttpServletResponse afterRemoval = editor.upload(edit, form, null, "");
        assertThat(afterRemoval.getStatus()).isEqualTo(409);
        Document asNew = DocumentClient.parse(afterRemoval);
        assertThat(asNew.select("[role=alert] p").text()).contains("verwijderd");
        assertThat(asNew.select("form.document-form").attr("action")).startsWith(newDocument() + "?_csrf=");
        assertThat(asNew.select("input[name=nl-title]").val()).isEqualTo("Verouderd");
        assertThat(ContentEditorClient.publicPage(mvc, "/nl/" + slug + "/stichting")
                        .getElementById("documents"))
                .isNull();
        assertThat(jdbc.sql("""
                        select details from audit_entry
                        where action = 'content.changed' and subject_type = 'campaign_document' and subject_id = ?
                        order by id desc fetch first 1 rows only""").param(id.toString()).query(String.class).single())
                .contains("\"after\":null")
                .contains("Statuten (gewijzigd 2025)")
                .contains(sha256(replacement));
    }

    @ParameterizedTest
    @EnumSource(
            value = StaffRole.class,
            names = {"VIEWER", "CASE_HANDLER", "FINANCE"})
    void otherRolesMayNeitherOpenNorSendTheUploadForm(StaffRole role) throws Exception {
        var member = TestStaff.create(jdbc, role);
        assertThat(new ContentEditorClient(mvc, member).get(newDocument()).getStatus())
                .isEqualTo(403);
        MockHttpServletResponse sent = new DocumentClient(mvc, member)
                .upload(
                        newDocument(),
                        DocumentClient.statutes("Niet van mij", "Not mine"),
                        DocumentClient.pdf("x"),
                        "x.pdf");

        assertThat(sent.getStatus()).isEqualTo(403);
        assertThat(documents()).isZero();
    }

    @Test
    void unknownDocumentsAreNotFound() throws Exception {
        assertThat(mvc.perform(get("/nl/" + slug + "/stichting/documenten/" + UUID.randomUUID()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/nl/" + slug + "/stichting/documenten/niet-een-id"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(pages.get("/backoffice/content/" + slug + "/documents/" + UUID.randomUUID())
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void theFormsAndTheFoundationPageAreValidHtml() throws Exception {
        editor.upload(newDocument(), DocumentClient.statutes("Statuten", "Statutes"), DocumentClient.pdf("x"), "a.pdf");
        String edit = "/backoffice/content/" + slug + "/documents/" + documentId(publicLink());

        for (String html : new String[] {
            pages.get("/backoffice/content").getContentAsString(StandardCharsets.UTF_8),
            pages.get(newDocument()).getContentAsString(StandardCharsets.UTF_8),
            pages.get(edit).getContentAsString(StandardCharsets.UTF_8),
            pages.get(edit + "/delete").getContentAsString(StandardCharsets.UTF_8),
            editor.upload(newDocument(), Map.of("nl-title", ""), new byte[] {1}, "a.pdf")
                    .getContentAsString(StandardCharsets.UTF_8),
            mvc.perform(get("/nl/" + slug + "/stichting"))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8),
            mvc.perform(get("/en/" + slug + "/foundation"))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8)
        }) {
            assertThat(HtmlChecker.errorsIn(html)).isEmpty();
        }
    }

    private String newDocument() {
        return "/backoffice/content/" + slug + "/documents/new";
    }

    private String publicLink() throws Exception {
        return ContentEditorClient.publicPage(mvc, "/nl/" + slug + "/stichting")
                .select("#documents ~ ul a")
                .attr("href");
    }

    private static UUID documentId(String href) {
        return UUID.fromString(href.substring(href.lastIndexOf('/') + 1));
    }

    private long documents() {
        return jdbc.sql("""
                        select count(*) from campaign_document d join campaign c on c.id = d.campaign_id
                        where c.slug = ?""").param(slug).query(Long.class).single();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
