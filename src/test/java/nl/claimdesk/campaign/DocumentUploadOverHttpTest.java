package nl.claimdesk.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import nl.claimdesk.ServerTest;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.registration.SiteClient;
import nl.claimdesk.shared.StaffRole;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The upload form through the real servlet container, which parses the multipart body itself: the CSRF token in the
 * form's address still counts when the container stopped reading an oversized body, and the editor is told why.
 */
@ServerTest
class DocumentUploadOverHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void aDocumentIsUploadedAndAFileFarOverTheLimitIsRefusedOnTheForm() {
        String slug = EditedCampaign.create(context, "http").slug();
        SiteClient editor = TestStaff.logIn(port, TestStaff.enrolled(jdbc, StaffRole.EDITOR));
        Map<String, String> form = DocumentClient.statutes("Statuten", "Statutes");

        HttpResponse<String> saved = send(editor, slug, form, DocumentClient.pdf("http"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/backoffice/content?saved=" + slug);

        byte[] farTooLarge = new byte[21 * 1024 * 1024];
        HttpResponse<String> refused = send(editor, slug, form, farTooLarge);
        assertThat(refused.statusCode()).isEqualTo(413);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select("#file-error").text()).contains("groter dan 10 MB");
        assertThat(page.select("form.document-form").attr("action")).contains("_csrf=");
        assertThat(jdbc.sql("""
                        select count(*) from campaign_document d join campaign c on c.id = d.campaign_id
                        where c.slug = ?""").param(slug).query(Long.class).single()).isEqualTo(1);
    }

    /** Opens the upload form and sends it as a browser would: multipart, to the address the form names. */
    private static HttpResponse<String> send(SiteClient editor, String slug, Map<String, String> fields, byte[] file) {
        Document form = Jsoup.parse(
                editor.get("/backoffice/content/" + slug + "/documents/new").body());
        String action = form.select("form.document-form").attr("action");
        String boundary = "----form" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"s.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return SiteClient.sendRaw(HttpRequest.newBuilder(editor.uri(action))
                .header("Cookie", editor.cookieHeader())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }
}
