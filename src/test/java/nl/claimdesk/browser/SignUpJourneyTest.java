package nl.claimdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.claimdesk.Ages;
import nl.claimdesk.email.TestMailServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The sign-up journeys in Chromium, with the mails read from the test SMTP server. */
@BrowserTest
class SignUpJourneyTest {

    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/nl/bevestigen/[A-Za-z0-9_-]+)");

    private final Browser browser = Browser.shared();

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    private SignUpPages funnel;

    @BeforeEach
    void freshVisitor() {
        funnel = new SignUpPages(browser, "http://localhost:" + port);
    }

    @Test
    void aParentSignsUpTwoChildrenAndFindsThemInMijnDossier() {
        String email = unique("ouder");
        funnel.open("/nl/tiktok");
        funnel.follow("Meld je gratis aan");
        assertThat(funnel.heading()).isEqualTo("Wie meld je aan?");
        funnel.accessible();
        funnel.choose("Mijn kind of kinderen");
        funnel.press("Verder");

        assertThat(funnel.heading()).isEqualTo("Jouw gegevens");
        funnel.accessible();
        funnel.registrant("Anna", "de Vries", email, "3", "4", "1985");
        funnel.press("Verder");

        assertThat(funnel.heading()).isEqualTo("Gegevens van je kinderen");
        funnel.accessible();
        Ages.Birth sem = Ages.childBornYearsAgo(clock, 14);
        Ages.Birth lotte = Ages.childBornYearsAgo(clock, 12);
        funnel.child(0, "Sem", "de Vries", sem.fields(), sem.yearAtAge(7), "");
        funnel.authority(0, "PARENT");
        funnel.press("Nog een kind toevoegen");
        assertThat(funnel.value("child-0-firstName")).isEqualTo("Sem");
        funnel.child(1, "Lotte", "de Vries", lotte.fields(), lotte.yearAtAge(6), lotte.yearAtAge(9));
        funnel.press("Verder");

        assertThat(funnel.errorAt("child-1-authority")).contains("ouder met ouderlijk gezag of voogd");
        assertThat(funnel.selected("child-0-authority-PARENT"))
                .as("what was chosen is kept")
                .isTrue();
        assertThat(funnel.value("child-1-firstName")).isEqualTo("Lotte");
        funnel.accessible();
        funnel.authority(1, "GUARDIAN");
        funnel.press("Verder");

        assertThat(funnel.heading()).isEqualTo("Controleer je aanmelding");
        assertThat(funnel.page().findElement(By.tagName("main")).getText())
                .contains(
                        "Sem de Vries",
                        "Lotte de Vries",
                        email,
                        sem.yearAtAge(7),
                        lotte.yearAtAge(6) + " tot en met " + lotte.yearAtAge(9),
                        "Ouder met ouderlijk gezag",
                        "Voogd");
        funnel.accessible();
        funnel.tick("privacy-yes");
        funnel.press("Aanmelding versturen");

        assertThat(funnel.heading()).isEqualTo("Bijna klaar: bevestig je e-mailadres");
        assertThat(funnel.page().findElement(By.tagName("main")).getText()).contains(email, "spam");
        funnel.accessible();

        confirmFromMail(email);
        assertThat(funnel.heading()).isEqualTo("Mijn dossier");
        assertThat(funnel.page().findElements(By.cssSelector(".claimant__name strong")).stream()
                        .map(element -> element.getText())
                        .toList())
                .containsExactly("Sem de Vries", "Lotte de Vries");
        assertThat(funnel.page().findElements(By.cssSelector(".claimant__authority")).stream()
                        .map(element -> element.getText())
                        .toList())
                .as("the authority declared for each child, in Mijn dossier")
                .containsExactly("Gezag: Ouder met ouderlijk gezag", "Gezag: Voogd");
        funnel.accessible();
    }

    @Test
    void aYoungAdultSignsUpThemself() {
        String email = unique("jongvolwassene");
        funnel.open("/nl/tiktok/aanmelden");
        funnel.choose("Mijzelf");
        funnel.press("Verder");
        funnel.registrant("Daan", "Jansen", email, "14", "8", "2004");
        funnel.press("Verder");

        assertThat(funnel.heading()).isEqualTo("Jouw gebruik van TikTok");
        funnel.accessible();
        funnel.type("startYear", "2018");
        funnel.page().findElement(By.id("stillUsing-yes")).click();
        funnel.press("Verder");
        funnel.tick("privacy-yes");
        funnel.press("Aanmelding versturen");

        confirmFromMail(email);
        assertThat(funnel.page().findElement(By.tagName("main")).getText()).contains("Daan Jansen", "Jezelf");
    }

    @Test
    void anAdultWhoWasNeverAMinorUserIsOfferedTheSupporterRoute() {
        String email = unique("steun");
        funnel.open("/nl/tiktok/aanmelden");
        funnel.choose("Mijzelf");
        funnel.press("Verder");
        funnel.registrant("Petra", "Bakker", email, "1", "1", "1980");
        funnel.press("Verder");
        funnel.type("startYear", "2019");
        funnel.page().findElement(By.id("stillUsing-yes")).click();
        funnel.press("Verder");

        assertThat(funnel.page().findElement(By.id("use")).getText()).contains("jonger was dan 18 jaar");
        funnel.accessible();
        funnel.press("Meld me aan als ondersteuner");
        assertThat(funnel.heading()).isEqualTo("Controleer je aanmelding");
        funnel.tick("privacy-yes");
        funnel.press("Aanmelding versturen");

        confirmFromMail(email);
        assertThat(funnel.page().findElement(By.tagName("main")).getText()).contains("Ondersteuner");
    }

    @Test
    void aSupporterSignsUp() {
        String email = unique("supporter");
        funnel.open("/nl/tiktok/aanmelden");
        funnel.choose("Ik wil de claim steunen");
        funnel.press("Verder");
        funnel.registrant("Kees", "Smit", email, "9", "9", "1970");
        funnel.press("Verder");
        assertThat(funnel.heading()).isEqualTo("Controleer je aanmelding");
        funnel.tick("privacy-yes");
        funnel.press("Aanmelding versturen");

        confirmFromMail(email);
        assertThat(funnel.page().findElement(By.tagName("main")).getText())
                .contains("Ondersteuner (zonder vergoeding)");
    }

    @Test
    void refusalsAreExplainedNextToTheFieldAndKeepTheInput() {
        funnel.open("/nl/tiktok/aanmelden");
        funnel.press("Verder");
        assertThat(funnel.errorAt("kind")).contains("Kies wie je aanmeldt");
        funnel.accessible();
        funnel.choose("Mijn kind of kinderen");
        funnel.press("Verder");

        funnel.press("Verder");
        assertThat(funnel.summaryErrors()).contains("Vul de voornaam in", "Vul je e-mailadres in");
        assertThat(funnel.errorAt("birth")).contains("Vul de geboortedatum in");
        funnel.accessible();

        funnel.registrant(
                "Tim",
                "Kok",
                "tim-at-example",
                "1",
                "1",
                String.valueOf(java.time.Year.now().getValue() - 17));
        funnel.press("Verder");
        assertThat(funnel.errorAt("email")).contains("naam@voorbeeld.nl");
        assertThat(funnel.errorAt("birth")).contains("18 jaar of ouder", "ouder of voogd");
        assertThat(funnel.value("firstName")).isEqualTo("Tim");
        assertThat(funnel.value("email")).isEqualTo("tim-at-example");
        funnel.accessible();

        funnel.registrant("Tim", "Kok", unique("tim"), "1", "1", "1980");
        funnel.press("Verder");
        funnel.child(0, "Iris", "Kok", new String[] {"2", "3", "2005"}, "2019", "");
        funnel.press("Nog een kind toevoegen");
        Ages.Birth mees = Ages.childBornYearsAgo(clock, 17); // born before 25 May 2018 until 2035
        funnel.child(1, "Mees", "Kok", mees.fields(), mees.year(), mees.year());
        funnel.authority(0, "PARENT");
        funnel.authority(1, "PARENT");
        funnel.press("Verder");
        assertThat(funnel.errorAt("child-0-birth")).contains("Iris", "zelf aanmelden");
        assertThat(funnel.page().findElement(By.id("child-1-use")).getText()).contains("25 mei 2018");
        assertThat(funnel.value("child-1-firstName")).isEqualTo("Mees");
        assertThat(funnel.value("child-1-startYear")).isEqualTo(mees.year());
        funnel.accessible();
    }

    private void confirmFromMail(String email) {
        String text = TestMailServer.text(TestMailServer.awaitMail(email))
                .replace("=\r\n", "")
                .replace("=3D", "=");
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as(text).isTrue();
        funnel.open(link.group(1));
        assertThat(funnel.heading()).isEqualTo("Bevestig je aanmelding");
        funnel.accessible();
        funnel.press("Bevestig mijn aanmelding");
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
    }
}
