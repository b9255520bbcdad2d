package nl.claimdesk.browser;

import static nl.claimdesk.registration.Funnel.child;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.claimdesk.Ages;
import nl.claimdesk.email.TestMailServer;
import nl.claimdesk.registration.Funnel;
import nl.claimdesk.registration.SiteClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A participant comes back later and logs in with a one-time link; an unusable link says what to do. */
@BrowserTest
class LoginJourneyTest {

    private static final Pattern LOGIN_LINK = Pattern.compile("https?://[^/\\s]+(/nl/inloggen/[A-Za-z0-9_-]+)");

    private final Browser browser = Browser.shared();

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    @Test
    void aParticipantLogsInWithALinkAndOut() {
        String email = "terug-" + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
        new Funnel(new SiteClient(port), "tiktok")
                .signUpChildren(email, child("Noor", "Visser", Ages.childBornYearsAgo(clock, 13), 7));
        TestMailServer.awaitMail(email);
        SignUpPages pages = new SignUpPages(browser, "http://localhost:" + port);

        pages.open("/nl/tiktok");
        pages.follow("Log in");
        assertThat(pages.heading()).isEqualTo("Inloggen");
        pages.accessible();
        pages.type("email", email.toUpperCase());
        pages.press("Stuur mij een inloglink");
        assertThat(pages.heading()).isEqualTo("Kijk in je mailbox");
        pages.accessible();

        String text = TestMailServer.text(TestMailServer.awaitMails(email, 2).getLast())
                .replace("=\r\n", "")
                .replace("=3D", "=");
        Matcher link = LOGIN_LINK.matcher(text);
        assertThat(link.find()).as(text).isTrue();
        pages.open(link.group(1));
        assertThat(pages.heading()).isEqualTo("Inloggen bij Mijn dossier");
        pages.accessible();
        pages.press("Inloggen");
        assertThat(pages.heading()).isEqualTo("Mijn dossier");
        assertThat(pages.page().findElement(By.tagName("main")).getText()).contains("Noor Visser");

        pages.press("Uitloggen");
        pages.open("/dossier");
        assertThat(pages.heading()).isEqualTo("Inloggen");

        pages.open(link.group(1));
        assertThat(pages.heading()).isEqualTo("Deze link is al gebruikt");
        assertThat(pages.page()
                        .findElement(By.linkText("Vraag een nieuwe inloglink aan"))
                        .getDomAttribute("href"))
                .isEqualTo("/nl/inloggen");
        pages.accessible();
    }
}
