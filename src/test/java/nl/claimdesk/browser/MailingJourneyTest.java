package nl.claimdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.claimdesk.campaign.TestCampaign;
import nl.claimdesk.email.MailPreferences;
import nl.claimdesk.email.TestMailServer;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.news.Participants;
import nl.claimdesk.news.Participants.Participant;
import nl.claimdesk.shared.StaffRole;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A news update from composing to the participants' inboxes, in Chromium: an editor composes it, previews both
 * languages and sends a test; a second editor approves and sends it to a campaign of a few hundred participants; the
 * progress bar reaches 100 % on its own; every participant has exactly one mail; its visible unsubscribe link and the
 * one-click POST of its header each turn news off.
 */
@BrowserTest
class MailingJourneyTest {

    private static final Pattern UNSUBSCRIBE =
            Pattern.compile("http://localhost:8080(/nl/nieuws/afmelden/[A-Za-z0-9_-]+)");
    private static final int PARTICIPANTS = 300;

    private final Browser browser = Browser.shared();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    MailPreferences preferences;

    @Test
    void anEditorComposesASecondApprovesAndEveryParticipantGetsOneMailTheyCanUnsubscribeFrom() throws Exception {
        TestCampaign campaign = TestCampaign.create(context, "nieuwsreis");
        Participants participants = new Participants(jdbc, campaign.id());
        List<Participant> readers = new ArrayList<>();
        for (int i = 0; i < PARTICIPANTS; i++) {
            readers.add(participants.add("Lezer"));
        }
        TestStaff.Login composer = TestStaff.enrolled(jdbc, StaffRole.EDITOR);
        TestStaff.Login approver = TestStaff.enrolled(jdbc, StaffRole.EDITOR);
        String subject = "Uitspraak " + campaign.slug();

        SignUpPages pages = pages();
        BackofficeJourneyTest.logIn(pages, composer);
        pages.open("/backoffice/news");
        assertThat(pages.heading()).isEqualTo("Nieuwsberichten en juridische mededelingen");
        pages.accessible();
        pages.follow("Nieuw bericht opstellen");
        pages.press("Opslaan als concept");
        assertThat(pages.summaryErrors()).contains("Vul een onderwerp in.", "Vul de tekst in.");
        pages.accessible();
        new Select(pages.page().findElement(By.id("campaign"))).selectByValue(campaign.slug());
        pages.type("subjectNl", subject);
        pages.type("bodyNl", "De rechter heeft **beslist**: de zaak gaat door.");
        pages.type("subjectEn", "Ruling " + campaign.slug());
        pages.type("bodyEn", "The court has **ruled**: the case goes on.");
        pages.press("Opslaan als concept");
        assertThat(pages.heading()).isEqualTo(subject);
        String main = pages.page().findElement(By.tagName("main")).getText();
        assertThat(main).contains("Beste Sam,", "Dear Sam,", "Nu versturen naar " + PARTICIPANTS + " ontvangers");
        pages.accessible();
        String mailingPage = pages.page().getCurrentUrl().replaceAll("\\?.*", "");
        pages.press("Testmail (Engels) naar mijzelf");
        assertThat(TestMailServer.text(
                        TestMailServer.awaitMail(composer.member().email(), "Ruling")))
                .contains("The court has **ruled**");
        BackofficeJourneyTest.logOut(pages);

        BackofficeJourneyTest.logIn(pages, approver);
        pages.open(mailingPage.substring(mailingPage.indexOf("/backoffice")));
        pages.press("Goedkeuren");
        assertThat(pages.page().findElement(By.tagName("main")).getText()).contains("Goedgekeurd door");
        pages.press("Nu versturen naar " + PARTICIPANTS + " ontvangers");
        new WebDriverWait(pages.page(), Duration.ofSeconds(90))
                .ignoring(StaleElementReferenceException.class)
                .until(driver ->
                        driver.findElement(By.id("mailing-progress")).getText().contains("Verwerkt: 100 %"));
        pages.accessible();

        for (Participant reader : readers) {
            assertThat(TestMailServer.awaitMails(reader.email(), 1))
                    .as(reader.email())
                    .hasSize(1);
        }

        MimeMessage first = TestMailServer.mailsTo(readers.getFirst().email()).getFirst();
        Matcher visible = UNSUBSCRIBE.matcher(TestMailServer.text(first));
        assertThat(visible.find()).as("a visible unsubscribe link").isTrue();
        pages.open(visible.group(1));
        assertThat(pages.heading()).isEqualTo("Afmelden voor nieuwsberichten");
        pages.accessible();
        pages.press("Afmelden voor nieuwsberichten");
        assertThat(pages.heading()).isEqualTo("U bent afgemeld voor nieuwsberichten");
        pages.accessible();
        assertThat(preferences.wantsNews(readers.getFirst().account())).isFalse();

        MimeMessage second = TestMailServer.mailsTo(readers.get(1).email()).getFirst();
        Matcher header = UNSUBSCRIBE.matcher(second.getHeader("List-Unsubscribe")[0]);
        assertThat(header.find()).isTrue();
        HttpResponse<String> oneClick = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + header.group(1)))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(oneClick.statusCode()).isEqualTo(200);
        assertThat(preferences.wantsNews(readers.get(1).account())).isFalse();
        assertThat(preferences.wantsNews(readers.get(2).account())).isTrue();
    }

    private SignUpPages pages() {
        browser.driver().manage().deleteAllCookies();
        return new SignUpPages(browser, "http://localhost:" + port);
    }
}
