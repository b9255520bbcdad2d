package nl.claimdesk.dossier;

import static nl.claimdesk.registration.Funnel.child;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.claimdesk.Ages;
import nl.claimdesk.DatabaseOwner;
import nl.claimdesk.ServerTest;
import nl.claimdesk.campaign.TestCampaign;
import nl.claimdesk.dossier.internal.Acceptances;
import nl.claimdesk.email.TestMailServer;
import nl.claimdesk.infrastructure.Pseudonyms;
import nl.claimdesk.registration.Dossiers;
import nl.claimdesk.registration.Dossiers.Dossier;
import nl.claimdesk.registration.Funnel;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The acceptance of the participation agreement as proof: it names the exact text shown (by its SHA-256), is tied
 * to its version for good, cannot be changed afterwards, and comes back to the participant as a signed PDF.
 */
@ServerTest
class AgreementAcceptanceTest {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"([^\"]+)\"");
    private static final Pattern FINGERPRINT = Pattern.compile("name=\"fingerprint\" value=\"([0-9a-f]{64})\"");
    private static final Pattern SHOWN_FINGERPRINT = Pattern.compile("<code>([0-9a-f]{64})</code>");
    private static final String USER_AGENT = "AcceptanceTest/1.0 (a browser of the test)";
    private static final String SIGNER = "Anna de Vries";

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Pseudonyms pseudonyms;

    private TestCampaign campaign;
    private String nl;
    private UUID version1;

    @BeforeEach
    void campaignWithAnAgreement() {
        campaign = TestCampaign.create(context, "accept");
        nl = "# Deelnameovereenkomst\n\nArtikel 1. De stichting voert de claim " + campaign.slug()
                + ".\n\nArtikel 2. Geen resultaat, geen kosten.\n";
        version1 = TestAgreements.publish(
                context, campaign.id(), nl, "# Participation agreement\n\nArticle 1. No cure, no pay.\n");
    }

    @Test
    void theAcceptanceStoresTheFingerprintOfTheTextShownWithWhoWhenAndWhere() throws Exception {
        String last = Dossiers.uniqueLastName("de Vries");
        Ages.Birth sem = Ages.childBornYearsAgo(clock, 14);
        Dossier parent =
                parentOf(child("Sem", last, sem, 7), child("Lotte", last, Ages.childBornYearsAgo(clock, 12), 6, 9));
        parent.client().userAgent(USER_AGENT);

        HttpResponse<String> page = parent.client().get(parent.claimantPath("Sem") + "/agreement");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Deelnameovereenkomst voor Sem " + last)
                .contains("Artikel 1. De stichting voert de claim " + campaign.slug());
        String storedText = storedText(version1, "nl");
        assertThat(storedText).isEqualTo(nl);
        String expected = sha256(storedText);
        assertThat(find(VERSION, page.body())).isEqualTo(version1.toString());
        assertThat(find(FINGERPRINT, page.body())).isEqualTo(expected);
        assertThat(find(SHOWN_FINGERPRINT, page.body()))
                .as("the fingerprint printed on the page")
                .isEqualTo(expected);

        OffsetDateTime before = OffsetDateTime.now(clock).minusSeconds(1);
        HttpResponse<String> accepted = accept(parent, "Sem", page.body());
        OffsetDateTime after = OffsetDateTime.now(clock).plusSeconds(1);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(302);
        assertThat(accepted.headers().firstValue("Location").orElseThrow())
                .contains("/dossier")
                .endsWith("#registration-" + parent.registration());

        List<Map<String, Object>> rows = acceptancesOf(parent.claimant("Sem"));
        assertThat(rows).hasSize(1);
        Map<String, Object> row = rows.getFirst();
        assertThat(row.get("version_id").toString()).isEqualTo(version1.toString());
        assertThat(row.get("campaign_id").toString())
                .isEqualTo(campaign.id().value().toString());
        assertThat(row.get("registration_id").toString())
                .isEqualTo(parent.registration().toString());
        assertThat(row.get("account_id").toString()).isEqualTo(parent.account().toString());
        assertThat(row.get("language")).isEqualTo("nl");
        assertThat(row.get("text_sha256")).isEqualTo(expected);
        assertThat(row.get("time_zone")).isEqualTo("Europe/Amsterdam");
        assertThat(row.get("ip"))
                .as("the address as evidence: a keyed hash that confirms it, not the address itself")
                .isIn(
                        pseudonyms.keyed(Acceptances.IP_EVIDENCE, "127.0.0.1"),
                        pseudonyms.keyed(Acceptances.IP_EVIDENCE, "0:0:0:0:0:0:0:1"))
                .isNotEqualTo(pseudonyms.keyed(Acceptances.IP_EVIDENCE, "127.0.0.2"));
        assertThat(row.get("user_agent")).isEqualTo(USER_AGENT);
        assertThat(row.get("signer_name")).isEqualTo(SIGNER);
        assertThat(row.get("claimant_name")).isEqualTo("Sem " + last);
        assertThat(row.get("on_behalf_of_child")).isEqualTo(true);
        assertThat(row.get("authority_declared")).isEqualTo(true);
        Map<String, Object> times = jdbc.sql(
                        "select accepted_at, claimant_birth_date from agreement_acceptance where claimant_id = ?")
                .param(parent.claimant("Sem"))
                .query((rs, n) -> Map.<String, Object>of(
                        "at", rs.getObject("accepted_at", OffsetDateTime.class),
                        "born", rs.getObject("claimant_birth_date", LocalDate.class)))
                .single();
        assertThat((OffsetDateTime) times.get("at")).isBetween(before, after);
        assertThat(times.get("born")).isEqualTo(sem.date());

        assertThat(jdbc.sql("select participation_completed_at from claimant where id = ?")
                        .param(parent.claimant("Sem"))
                        .query(OffsetDateTime.class)
                        .single())
                .isNotNull();
        assertThat(jdbc.sql("select participation_completed_at from claimant where id = ?")
                        .param(parent.claimant("Lotte"))
                        .query(OffsetDateTime.class)
                        .optional())
                .isEmpty();
        assertThat(count(
                        "select count(*) from registration_event where claimant_id = ? and kind = 'AGREEMENT_ACCEPTED'",
                        parent.claimant("Sem")))
                .isEqualTo(1);
        assertThat(jdbc.sql("select details from audit_entry where subject_id = ? and action = 'agreement.accepted'")
                        .param(parent.claimant("Sem").toString())
                        .query(String.class)
                        .list())
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains(expected);

        assertThat(parent.client()
                        .get(parent.claimantPath("Sem") + "/agreement")
                        .statusCode())
                .as("an agreement is accepted once per claimant")
                .isEqualTo(404);
        assertThat(parent.client().get("/dossier").body()).contains("Deelname compleet");

        String mailed = pdfText(
                TestMailServer.attachment(TestMailServer.awaitMail(parent.email(), "is compleet"), "application/pdf"));
        assertThat(compact(mailed))
                .as("the PDF mailed with the confirmation")
                .contains(compact("Sem " + last), compact(SIGNER), expected, compact(USER_AGENT))
                .contains(compact("Artikel 1. De stichting voert de claim " + campaign.slug()));
    }

    @Test
    void theDownloadedAgreementNamesEveryAcceptanceOfTheRegistration() throws Exception {
        String last = Dossiers.uniqueLastName("Jansen");
        Dossier parent = parentOf(
                child("Sem", last, Ages.childBornYearsAgo(clock, 14), 7),
                child("Lotte", last, Ages.childBornYearsAgo(clock, 12), 6, 9));
        assertThat(parent.client()
                        .download(parent.registrationPath() + "/agreement.pdf")
                        .statusCode())
                .as("nothing signed, nothing to download")
                .isEqualTo(404);

        acceptOnPage(parent, "Sem");
        acceptOnPage(parent, "Lotte");

        HttpResponse<byte[]> pdf = parent.client().download(parent.registrationPath() + "/agreement.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment")
                .contains("deelnameovereenkomst-" + parent.reference() + ".pdf");
        String text = compact(pdfText(pdf.body()));
        assertThat(text)
                .contains(compact("Sem " + last), compact("Lotte " + last), compact(SIGNER), parent.reference())
                .contains(sha256(nl));
    }

    @Test
    void aNewVersionHasANewFingerprintAndAnOldAcceptanceStaysWithItsVersion() throws Exception {
        String last = Dossiers.uniqueLastName("Bakker");
        Dossier parent = parentOf(
                child("Sem", last, Ages.childBornYearsAgo(clock, 14), 7),
                child("Lotte", last, Ages.childBornYearsAgo(clock, 12), 6, 9));
        acceptOnPage(parent, "Sem");
        Map<String, Object> semBefore = acceptancesOf(parent.claimant("Sem")).getFirst();
        String lottePageUnderVersion1 =
                parent.client().get(parent.claimantPath("Lotte") + "/agreement").body();
        String fingerprint1 = find(FINGERPRINT, lottePageUnderVersion1);
        assertThat(fingerprint1).isEqualTo(sha256(nl));

        String changed = nl.replace("Geen resultaat, geen kosten.", "Geen resultaat, geen kosten!");
        UUID version2 = TestAgreements.publish(
                context, campaign.id(), changed, "# Participation agreement\n\nArticle 1. No cure, no pay!\n");

        String lottePage =
                parent.client().get(parent.claimantPath("Lotte") + "/agreement").body();
        String fingerprint2 = find(FINGERPRINT, lottePage);
        assertThat(find(VERSION, lottePage)).isEqualTo(version2.toString());
        assertThat(fingerprint2).isEqualTo(sha256(changed)).isNotEqualTo(fingerprint1);
        assertThat(find(SHOWN_FINGERPRINT, lottePage)).isEqualTo(fingerprint2);
        assertThat(lottePage).contains("Geen resultaat, geen kosten!");

        HttpResponse<String> stale = accept(parent, "Lotte", lottePageUnderVersion1);
        assertThat(stale.statusCode())
                .as("accepting the text read before the new version")
                .isEqualTo(200);
        assertThat(stale.body()).contains("De tekst van de overeenkomst is net veranderd");
        HttpResponse<String> mixed = parent.client()
                .post(
                        parent.claimantPath("Lotte") + "/agreement",
                        "version",
                        version2.toString(),
                        "fingerprint",
                        fingerprint1,
                        "accept",
                        "yes",
                        "authority",
                        "yes",
                        "signer",
                        SIGNER);
        assertThat(mixed.statusCode())
                .as("the new version with the old text's fingerprint")
                .isEqualTo(200);
        assertThat(mixed.body()).contains("De tekst van de overeenkomst is net veranderd");
        assertThat(acceptancesOf(parent.claimant("Lotte"))).isEmpty();
        assertThat(jdbc.sql("select participation_completed_at from claimant where id = ?")
                        .param(parent.claimant("Lotte"))
                        .query(OffsetDateTime.class)
                        .optional())
                .isEmpty();

        assertThat(acceptancesOf(parent.claimant("Sem")))
                .as("the acceptance under version 1 is untouched by version 2")
                .containsExactly(semBefore);
        assertThat(storedText(version1, "nl")).isEqualTo(nl);

        assertThat(accept(parent, "Lotte", lottePage).statusCode()).isEqualTo(302);
        Map<String, Object> lotte = acceptancesOf(parent.claimant("Lotte")).getFirst();
        assertThat(lotte.get("version_id").toString()).isEqualTo(version2.toString());
        assertThat(lotte.get("text_sha256")).isEqualTo(fingerprint2);

        String pdf = compact(pdfText(parent.client()
                .download(parent.registrationPath() + "/agreement.pdf")
                .body()));
        assertThat(pdf)
                .as("the document holds each acceptance with the text of its own version")
                .contains(fingerprint1, fingerprint2, "Geenresultaat,geenkosten.", "Geenresultaat,geenkosten!");
    }

    @Test
    void anAcceptanceNeedsTheTickTheDeclarationAndTheSignature() {
        String last = Dossiers.uniqueLastName("Visser");
        Dossier parent = parentOf(child("Sem", last, Ages.childBornYearsAgo(clock, 14), 7));
        String page =
                parent.client().get(parent.claimantPath("Sem") + "/agreement").body();
        String path = parent.claimantPath("Sem") + "/agreement";
        String version = find(VERSION, page);
        String fingerprint = find(FINGERPRINT, page);

        HttpResponse<String> unticked = parent.client()
                .post(path, "version", version, "fingerprint", fingerprint, "authority", "yes", "signer", SIGNER);
        assertThat(unticked.statusCode()).isEqualTo(200);
        assertThat(unticked.body()).contains("Vink aan dat je akkoord gaat met de overeenkomst");
        HttpResponse<String> undeclared = parent.client()
                .post(path, "version", version, "fingerprint", fingerprint, "accept", "yes", "signer", SIGNER);
        assertThat(undeclared.statusCode()).isEqualTo(200);
        assertThat(undeclared.body()).contains("Bevestig dat je het ouderlijk gezag of de voogdij hebt");
        HttpResponse<String> unsigned = parent.client()
                .post(
                        path,
                        "version",
                        version,
                        "fingerprint",
                        fingerprint,
                        "accept",
                        "yes",
                        "authority",
                        "yes",
                        "signer",
                        "  ");
        assertThat(unsigned.statusCode()).isEqualTo(200);
        assertThat(unsigned.body()).contains("Typ je volledige naam als handtekening");

        assertThat(acceptancesOf(parent.claimant("Sem"))).isEmpty();
    }

    @Test
    void anAcceptanceAndAnAuditEntryCanNeitherBeChangedNorRemoved() {
        String last = Dossiers.uniqueLastName("Smit");
        Dossier parent = parentOf(child("Sem", last, Ages.childBornYearsAgo(clock, 14), 7));
        acceptOnPage(parent, "Sem");
        UUID claimant = parent.claimant("Sem");
        List<Map<String, Object>> acceptance = acceptancesOf(claimant);
        String auditQuery = "select * from audit_entry where subject_id = ? order by occurred_at";
        List<Map<String, Object>> audit =
                jdbc.sql(auditQuery).param(claimant.toString()).query().listOfRows();
        assertThat(acceptance).hasSize(1);
        assertThat(audit).isNotEmpty();
        // As the owner of the tables, so that the triggers refuse and not the application role's missing privileges.
        JdbcClient owner = DatabaseOwner.jdbc(context.getEnvironment());

        assertThatThrownBy(() -> owner.sql(
                                "update agreement_acceptance set signer_name = 'Someone Else' where claimant_id = ?")
                        .param(claimant)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("is append-only");
        assertThatThrownBy(() -> owner.sql("delete from agreement_acceptance where claimant_id = ?")
                        .param(claimant)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("is append-only");
        assertThatThrownBy(() -> owner.sql("update audit_entry set details = 'rewritten' where subject_id = ?")
                        .param(claimant.toString())
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("is append-only");
        assertThatThrownBy(() -> owner.sql("delete from audit_entry where subject_id = ?")
                        .param(claimant.toString())
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("is append-only");

        assertThat(acceptancesOf(claimant)).isEqualTo(acceptance);
        assertThat(jdbc.sql(auditQuery).param(claimant.toString()).query().listOfRows())
                .isEqualTo(audit);
    }

    @Test
    void theFingerprintIsTheSha256OfTheTextWhateverItsLineEndings() {
        assertThat(AgreementVersion.fingerprint("Artikel 1.\nGeen kosten."))
                .isEqualTo(sha256("Artikel 1.\nGeen kosten."))
                .isEqualTo(AgreementVersion.fingerprint("Artikel 1.\r\nGeen kosten."))
                .isNotEqualTo(AgreementVersion.fingerprint("Artikel 1.\nGeen kosten!"))
                .isNotEqualTo(AgreementVersion.fingerprint("Artikel 1.\nGeen kosten. "));
    }

    private Dossier parentOf(Funnel.Child... children) {
        return Dossiers.confirmed(port, jdbc, campaign.slug(), Dossiers.uniqueEmail("ouder"), children);
    }

    /** Opens the claimant's agreement page and accepts what it shows. */
    private void acceptOnPage(Dossier parent, String firstName) {
        HttpResponse<String> page = parent.client().get(parent.claimantPath(firstName) + "/agreement");
        assertThat(page.statusCode()).isEqualTo(200);
        HttpResponse<String> accepted = accept(parent, firstName, page.body());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(302);
    }

    /** Sends the form of {@code page} (an agreement page read earlier) ticked, declared and signed. */
    private HttpResponse<String> accept(Dossier parent, String firstName, String page) {
        return TestAgreements.send(parent, firstName, page, SIGNER);
    }

    private List<Map<String, Object>> acceptancesOf(UUID claimant) {
        return jdbc.sql("select * from agreement_acceptance where claimant_id = ?")
                .param(claimant)
                .query()
                .listOfRows();
    }

    private String storedText(UUID version, String language) {
        return jdbc.sql("select body from agreement_text where version_id = ? and language = ?")
                .params(version, language)
                .query(String.class)
                .single();
    }

    private long count(String sql, Object parameter) {
        return jdbc.sql(sql).param(parameter).query(Long.class).single();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String pdfText(byte[] pdf) throws java.io.IOException {
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Text without any white space, so a line broken in a PDF still matches. */
    static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static String find(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        assertThat(matcher.find()).as(pattern + " in the page").isTrue();
        return matcher.group(1);
    }
}
