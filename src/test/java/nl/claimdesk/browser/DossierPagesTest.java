package nl.claimdesk.browser;

import static nl.claimdesk.registration.Funnel.child;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.claimdesk.Ages;
import nl.claimdesk.email.TestMailServer;
import nl.claimdesk.identity.TestSessions;
import nl.claimdesk.registration.Funnel;
import nl.claimdesk.registration.SiteClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every page of Mijn dossier meets WCAG 2.1 AA (axe-core) and works in Chromium, with and without errors. */
@BrowserTest
class DossierPagesTest {

    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/nl/bevestigen/[A-Za-z0-9_-]+)");

    private final Browser browser = Browser.shared();

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyDossierPageIsAccessible() {
        SignUpPages pages = loggedIn();
        pages.open("/dossier");
        pages.accessible();
        List<String> links = pages.page().findElements(By.cssSelector("main a[href^='/dossier']")).stream()
                .map(anchor -> anchor.getDomAttribute("href"))
                .filter(href -> !href.contains(".pdf") && !href.contains("my-data"))
                .distinct()
                .toList();
        assertThat(links).hasSizeGreaterThanOrEqualTo(9);
        for (String link : links) {
            pages.open(link);
            assertThat(pages.page().findElements(By.tagName("h1"))).as(link).isNotEmpty();
            pages.accessible();
        }
    }

    @Test
    void formsInTheDossierExplainErrorsNextToTheFields() {
        SignUpPages pages = loggedIn();
        pages.open("/dossier");
        pages.follow("Nog een kind toevoegen");
        pages.type("child-0-firstName", "Ties");
        pages.press("Opslaan");
        assertThat(pages.errorAt("child-0-lastName")).contains("achternaam");
        assertThat(pages.errorAt("child-0-authority")).contains("ouder met ouderlijk gezag of voogd");
        assertThat(pages.value("child-0-firstName")).isEqualTo("Ties");
        pages.accessible();

        pages.open("/dossier/email");
        pages.type("email", "geen-adres");
        pages.press("Stuur de bevestigingslink");
        assertThat(pages.errorAt("email")).contains("naam@voorbeeld.nl");
        pages.accessible();
    }

    @Test
    void theStepsThatAskForAFreshLoginBeforeAnAddressChangeAreAccessible() {
        String email = "pages-" + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
        SignUpPages pages = loggedIn(email);
        UUID account = jdbc.sql("select id from account where email_normalised = ?")
                .param(email)
                .query(UUID.class)
                .single();
        TestSessions.loggedInAgo(jdbc, account, Duration.ofMinutes(11));

        pages.open("/dossier/email");
        assertThat(pages.page().getPageSource()).contains("meer dan 10 minuten geleden ingelogd");
        pages.accessible();
        pages.press("Stuur een inloglink naar mijn huidige adres");
        assertThat(pages.page().getPageSource()).contains("We hebben een inloglink gestuurd naar " + email);
        pages.accessible();
    }

    private SignUpPages loggedIn() {
        return loggedIn("pages-" + UUID.randomUUID().toString().substring(0, 8) + "@example.nl");
    }

    /** A participant signed up and confirmed over HTTP, whose session the browser takes over. */
    private SignUpPages loggedIn(String email) {
        SiteClient client = new SiteClient(port);
        new Funnel(client, "tiktok").signUpChildren(email, child("Mila", "Smit", Ages.childBornYearsAgo(clock, 13), 6));
        Matcher link = LINK.matcher(TestMailServer.text(TestMailServer.awaitMail(email))
                .replace("=\r\n", "")
                .replace("=3D", "="));
        assertThat(link.find()).isTrue();
        client.get(link.group(1));
        HttpResponse<String> confirmed = client.post(link.group(1));
        assertThat(confirmed.statusCode()).isEqualTo(302);
        SignUpPages pages = new SignUpPages(browser, "http://localhost:" + port);
        pages.open("/nl");
        browser.driver()
                .manage()
                .addCookie(new Cookie("SESSION", client.cookie("SESSION").orElseThrow()));
        return pages;
    }
}
