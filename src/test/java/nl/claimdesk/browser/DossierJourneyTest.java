package nl.claimdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.claimdesk.Ages;
import nl.claimdesk.email.TestMailServer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Mijn dossier in Chromium: sign up two children, confirm, accept the agreement for both, download the signed
 * agreement, withdraw one child and then the whole registration, and see the public counter drop.
 */
@BrowserTest
class DossierJourneyTest {

    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/nl/bevestigen/[A-Za-z0-9_-]+)");

    private final Browser browser = Browser.shared();

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    @Test
    void aParentCompletesParticipationDownloadsTheAgreementAndWithdraws() throws Exception {
        String email = "dossier-" + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
        SignUpPages pages = new SignUpPages(browser, "http://localhost:" + port);
        signUpTwoChildren(pages, email);

        acceptFor(pages, "Sem Bos");
        acceptFor(pages, "Fleur Bos");
        assertThat(statusOf(pages, "Sem Bos")).isEqualTo("Deelname compleet");
        assertThat(statusOf(pages, "Fleur Bos")).isEqualTo("Deelname compleet");
        assertThat(TestMailServer.awaitMails(email, 3))
                .anySatisfy(mail -> assertThat(mail.getSubject()).contains("compleet"));

        String pdf = pdfText(pages.page()
                .findElement(By.linkText("Download de getekende overeenkomst (PDF)"))
                .getDomAttribute("href"));
        assertThat(pdf).contains("Sem Bos", "Fleur Bos", "Karin Bos", "als ouder of voogd");

        pages.follow("Fleur Bos afmelden");
        assertThat(pages.heading()).isEqualTo("Fleur Bos afmelden");
        pages.accessible();
        pages.press("Ja, zeg op");
        assertThat(statusOf(pages, "Fleur Bos")).isEqualTo("Opgezegd");
        assertThat(statusOf(pages, "Sem Bos")).isEqualTo("Deelname compleet");
        assertThat(TestMailServer.awaitMails(email, 4))
                .anySatisfy(mail -> assertThat(mail.getSubject()).contains("opzegging"));
        pages.accessible();

        long before = publicCount(pages);
        pages.open("/dossier");
        pages.follow("De hele aanmelding opzeggen");
        pages.accessible();
        pages.press("Ja, zeg op");
        assertThat(statusOf(pages, "Sem Bos")).isEqualTo("Opgezegd");
        // Other tests' sign-ups on the demo campaign may be purged meanwhile, so the count drops by at least one.
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> publicCount(pages) < before);
    }

    private void signUpTwoChildren(SignUpPages pages, String email) {
        pages.open("/nl/tiktok/aanmelden");
        pages.choose("Mijn kind of kinderen");
        pages.press("Verder");
        pages.registrant("Karin", "Bos", email, "12", "11", "1982");
        pages.press("Verder");
        Ages.Birth sem = Ages.childBornYearsAgo(clock, 14);
        Ages.Birth fleur = Ages.childBornYearsAgo(clock, 12);
        pages.child(0, "Sem", "Bos", sem.fields(), sem.yearAtAge(7), "");
        pages.authority(0, "PARENT");
        pages.press("Nog een kind toevoegen");
        pages.child(1, "Fleur", "Bos", fleur.fields(), fleur.yearAtAge(6), "");
        pages.authority(1, "PARENT");
        pages.press("Verder");
        pages.tick("privacy-yes");
        pages.press("Aanmelding versturen");
        String text = TestMailServer.text(TestMailServer.awaitMail(email))
                .replace("=\r\n", "")
                .replace("=3D", "=");
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as(text).isTrue();
        pages.open(link.group(1));
        pages.press("Bevestig mijn aanmelding");
        assertThat(pages.heading()).isEqualTo("Mijn dossier");
        pages.accessible();
    }

    private void acceptFor(SignUpPages pages, String name) {
        pages.follow("Teken de deelnameovereenkomst voor " + name);
        assertThat(pages.heading()).isEqualTo("Deelnameovereenkomst voor " + name);
        assertThat(pages.page().findElement(By.id("agreement-text")).getText()).contains("no cure, no pay");
        pages.accessible();
        pages.press("Teken de overeenkomst");
        assertThat(pages.summaryErrors()).contains("Vink aan dat je akkoord gaat met de overeenkomst");
        pages.tick("accept-yes");
        pages.tick("authority-yes");
        pages.type("signer", "Karin Bos");
        pages.press("Teken de overeenkomst");
        assertThat(pages.heading()).isEqualTo("Mijn dossier");
    }

    private static String statusOf(SignUpPages pages, String name) {
        List<WebElement> claimants = pages.page().findElements(By.cssSelector(".claimant"));
        return claimants.stream()
                .filter(claimant -> claimant.findElement(By.cssSelector(".claimant__name strong"))
                        .getText()
                        .equals(name))
                .map(claimant -> claimant.findElement(By.cssSelector(".status")).getText())
                .findFirst()
                .orElseThrow();
    }

    private long publicCount(SignUpPages pages) throws Exception {
        HttpResponse<String> landing = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/nl/tiktok"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        Matcher count = Pattern.compile("counter__value\">([0-9.]+)<").matcher(landing.body());
        assertThat(count.find()).isTrue();
        return Long.parseLong(count.group(1).replace(".", ""));
    }

    private String pdfText(String href) throws Exception {
        Cookie session = browser.driver().manage().getCookieNamed("SESSION");
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + href))
                                .header("Cookie", "SESSION=" + session.getValue())
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
