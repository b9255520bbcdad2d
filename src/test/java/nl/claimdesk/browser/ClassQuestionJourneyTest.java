package nl.claimdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.claimdesk.Ages;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.campaign.CampaignSites;
import nl.claimdesk.campaign.Campaigns;
import nl.claimdesk.campaign.ResidenceRegime;
import nl.claimdesk.campaign.TestCampaigns;
import nl.claimdesk.campaign.TestClassVersions;
import nl.claimdesk.campaign.internal.CampaignImporter;
import nl.claimdesk.email.TestMailServer;
import nl.claimdesk.registration.internal.classification.ClassPublication;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

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

    @Autowired
    CampaignImporter importer;

    @Autowired
    CampaignSites sites;

    @Autowired
    Campaigns campaigns;

    @Autowired
    ClassPublication publication;

    @LocalServerPort
    int port;

    @Test
    void aParentAnswersTheMonthAndTheChildIsInTheClass() {
        String slug = TestCampaigns.uniqueSlug("classjourney");
        importer.importDefinition(TestCampaigns.minimal(slug));
        sites.reload();
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
        publication.publish(
                campaigns.bySlug(slug).orElseThrow(),
                TestClassVersions.court(List.of(TestClassVersions.MINORS), ResidenceRegime.EXCLUDED, true),
                Actor.staff("admin"),
                null);
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
