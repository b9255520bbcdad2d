package nl.claimdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one-command demo without an SMTP server: the verification mail can be read at /dev/mailbox, and its link
 * leads to Mijn dossier.
 */
@Tag("browser")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.mail.host=", "claimdesk.mail.idle-poll=100ms"})
@ActiveProfiles("test")
class DemoMailboxJourneyTest {

    private final Browser browser = Browser.shared();

    @LocalServerPort
    int port;

    @Test
    void theVerificationMailIsReadInTheDemoMailboxAndItsLinkOpensMijnDossier() {
        String email = "demo-" + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
        SignUpPages funnel = new SignUpPages(browser, "http://localhost:" + port);
        funnel.open("/nl/tiktok/aanmelden");
        funnel.choose("Ik wil de claim steunen");
        funnel.press("Verder");
        funnel.registrant("Demi", "Mulder", email, "1", "5", "1990");
        funnel.press("Verder");
        funnel.tick("privacy-yes");
        funnel.press("Aanmelding versturen");

        funnel.open("/dev/mailbox");
        funnel.accessible();
        funnel.follow("Bevestig je aanmelding voor de TikTok-claim");
        String text = funnel.page().findElement(By.tagName("main")).getText();
        assertThat(text).contains("To " + email);
        String link = funnel.page().findElements(By.cssSelector(".mail-text a")).stream()
                .map(anchor -> anchor.getDomAttribute("href"))
                .filter(href -> href.contains("/nl/bevestigen/"))
                .findFirst()
                .orElseThrow();

        funnel.open(link.substring(link.indexOf("/nl/bevestigen/")));
        funnel.press("Bevestig mijn aanmelding");
        assertThat(funnel.heading()).isEqualTo("Mijn dossier");
        assertThat(funnel.page().findElement(By.tagName("main")).getText()).contains(email, "Ondersteuner");
    }
}
