package nl.claimdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.claimdesk.Ages;
import nl.claimdesk.email.TestMailServer;
import nl.claimdesk.registration.CourtClassCampaigns;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The class question in Chromium (docs/adr/0047): a child signed up before the court's class was published, whose
 * start year holds the period's end, stands as "information needed" in Mijn dossier; the parent gives the month and
 * sees the child in the class. Both pages have no axe-core violations.
 */
@BrowserTest
class ClassQuestionJourneyTest {

    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/nl/bevestigen/[A-Za-z0-9_-]+)");

    private final Browser browser = Browser.shared();

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void aParentAnswersTheMonthAndTheChildIsInTheClass() {
        String slug = CourtClassCampaigns.open(context, "classjourney");
        String email = "klasse-" + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
        SignUpPages pages = new SignUpPages(browser, "http://localhost:" + port);
        pages.open("/nl/" + slug + "/aanmelden");
        pages.choose("Mijn kind of kinderen");
        pages.press("Verder");
        pages.registrant("Karin", "Maand", email, "12", "11", "1982");
        pages.press("Verder");
        Ages.Birth sem = Ages.childBornYearsAgo(clock, 14);
        pages.child(0, "Sem", "Maand", sem.fields(), "2022", "");
        pages.authority(0, "PARENT");
        pages.press("Verder");
        pages.tick("privacy-yes");
        pages.press("Aanmelding versturen");
        CourtClassCampaigns.publishCourtClass(context, slug);
        String text = TestMailServer.text(TestMailServer.awaitMail(email))
                .replace("=\r\n", "")
                .replace("=3D", "=");
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as(text).isTrue();
        pages.open(link.group(1));
        pages.press("Bevestig mijn aanmelding");

        assertThat(classOf(pages)).contains("We hebben nog één gegeven nodig", "de maand waarin het gebruik begon");
        pages.follow("Vul het ontbrekende gegeven over Sem Maand in");
        assertThat(pages.heading()).isEqualTo("Wanneer begon het gebruik van Sem Maand?");
        pages.accessible();
        pages.press("Opslaan");
        assertThat(pages.summaryErrors()).contains("Kies een maand uit de lijst.");
        pages.accessible();
        pages.page().findElement(By.cssSelector("#answer option[value='11']")).click();
        pages.press("Opslaan");

        assertThat(pages.heading()).isEqualTo("Mijn dossier");
        assertThat(classOf(pages)).contains("Hoort bij de groep waarvoor de rechter de claim toelaat");
        pages.accessible();
    }

    private static String classOf(SignUpPages pages) {
        return pages.page().findElement(By.cssSelector(".claimant__class")).getText();
    }
}
