package nl.claimdesk.browser;

import static nl.claimdesk.registration.Funnel.child;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.claimdesk.Ages;
import nl.claimdesk.campaign.TestCampaign;
import nl.claimdesk.email.TestMailServer;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.registration.Dossiers;
import nl.claimdesk.shared.StaffRole;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The back office in Chromium: a member of staff logs in with password and app code, and does their work. */
@BrowserTest
class BackofficeJourneyTest {

    @Autowired
    Clock clock;

    private final Browser browser = Browser.shared();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void aNewAdminEnrolsTheirAppLogsInAndManagesStaff() {
        TestStaff.Login admin = TestStaff.withPasswordOnly(jdbc, StaffRole.ADMIN);
        SignUpPages pages = pages();
        logInWithPassword(pages, admin);
        assertThat(pages.heading()).isEqualTo("Tweede stap instellen");
        assertThat(pages.page().findElements(By.cssSelector("svg.qr-code"))).hasSize(1);
        pages.accessible();
        String secret = pages.page().findElement(By.cssSelector("code.secret")).getText();
        pages.type("code", TestStaff.codeFor(secret));
        pages.press("Instellen en inloggen");
        assertThat(pages.heading()).isEqualTo("Uw herstelcodes");
        assertThat(pages.page().findElements(By.cssSelector(".recovery-codes li")))
                .hasSize(10);
        pages.accessible();

        pages.open("/backoffice/staff");
        assertThat(pages.heading()).isEqualTo("Medewerkers");
        pages.accessible();
        pages.follow("Medewerker uitnodigen");
        pages.press("Uitnodigen");
        assertThat(pages.summaryErrors()).contains("Vul de naam in", "Kies minstens één rol");
        pages.accessible();
        pages.type("name", "Nieuwe Behandelaar");
        pages.type("email", "behandelaar-" + admin.member().id().toString().substring(0, 8) + "@example.nl");
        pages.tick("role-CASE_HANDLER");
        pages.press("Uitnodigen");
        assertThat(pages.page().findElement(By.cssSelector(".notice")).getText())
                .contains("uitnodiging is verstuurd");
        pages.follow("Nieuwe Behandelaar");
        assertThat(pages.heading()).isEqualTo("Nieuwe Behandelaar");
        pages.accessible();
        pages.open("/backoffice/audit");
        assertThat(pages.page().findElement(By.tagName("main")).getText()).contains("staff.invited");
        pages.accessible();
        logOut(pages);
    }

    @Test
    void aCaseHandlerImportsARegistryListWithOneUnmatchedLine() throws Exception {
        String campaign = TestCampaign.create(context, "griffie").slug();
        String family = Dossiers.uniqueLastName("Griffie").replace(" ", "");
        Ages.Birth sam = Ages.childBornYearsAgo(clock, 13);
        Dossiers.Dossier file =
                Dossiers.confirmed(port, jdbc, campaign, Dossiers.uniqueEmail("ouder"), child("Sam", family, sam, 7));
        Path list = Files.createTempFile("griffie", ".csv");
        Files.writeString(
                list,
                "registry_reference;choice;last_name;date_of_birth;postcode\n"
                        + "GRF-7;opt-out;" + family + ";" + sam.date() + ";1234 AB\n"
                        + "GRF-8;opt-out;Onbekend" + family + ";" + sam.date() + ";1234 AB\n");
        TestStaff.Login handler = TestStaff.enrolled(jdbc, StaffRole.CASE_HANDLER);

        SignUpPages pages = pages();
        logIn(pages, handler);
        pages.open("/backoffice/registry");
        assertThat(pages.heading()).isEqualTo("Lijst van de griffie inlezen");
        pages.accessible();
        pages.press("Bekijken");
        assertThat(pages.summaryErrors())
                .contains("Kies de campagne waar de lijst bij hoort.", "Kies het CSV-bestand van de griffie.");
        pages.accessible();
        new Select(pages.page().findElement(By.id("campaign"))).selectByValue(campaign);
        pages.page().findElement(By.id("file")).sendKeys(list.toString());
        pages.press("Bekijken");
        assertThat(pages.heading()).isEqualTo("Voorbeeld van de lijst van de griffie");
        assertThat(pages.page().findElement(By.cssSelector(".registry-summary")).getText())
                .isEqualTo("1 regels horen bij een deelnemer, 1 regels niet.");
        assertThat(pages.page().findElement(By.tagName("main")).getText())
                .contains("Sam " + family)
                .contains("Geen deelnemer met deze achternaam");
        pages.accessible();

        pages.press("Gevonden regels inlezen");
        assertThat(pages.heading()).isEqualTo("Verslag van de lijst van de griffie");
        assertThat(pages.page().findElement(By.cssSelector(".registry-summary")).getText())
                .isEqualTo("1 regels zijn vastgelegd. 1 regels horen bij niemand: zoek die zelf uit.");
        assertThat(pages.page().findElement(By.tagName("main")).getText()).contains("GRF-8");
        pages.accessible();
        clickLinkTo(pages, "/backoffice/files/" + file.registration());
        assertThat(pages.page().findElement(By.tagName("main")).getText())
                .contains("Opt-out bij de griffie geregistreerd (geen opzegging)");
        pages.accessible();
        logOut(pages);
    }

    @Test
    void aCaseHandlerFindsAFileRecordsAnEmailedWithdrawalAndResolvesADuplicate() throws Exception {
        String campaign = TestCampaign.create(context, "journey").slug();
        String family = Dossiers.uniqueLastName("Dubbel").replace(" ", "");
        String firstParent = Dossiers.uniqueEmail("moeder");
        String secondParent = Dossiers.uniqueEmail("vader");
        Ages.Birth noor = Ages.childBornYearsAgo(clock, 14);
        Dossiers.Dossier first = Dossiers.confirmed(port, jdbc, campaign, firstParent, child("Noor", family, noor, 7));
        Dossiers.Dossier second =
                Dossiers.confirmed(port, jdbc, campaign, secondParent, child("Noor", family, noor, 7));
        TestStaff.Login handler = TestStaff.enrolled(jdbc, StaffRole.CASE_HANDLER);

        SignUpPages pages = pages();
        logIn(pages, handler);
        pages.open("/backoffice/participants");
        assertThat(pages.heading()).isEqualTo("Deelnemers zoeken");
        pages.accessible();
        new Select(pages.page().findElement(By.id("by"))).selectByValue("CHILD");
        pages.type("q", family);
        new WebDriverWait(pages.page(), Duration.ofSeconds(15))
                .until(driver -> driver.findElement(By.id("participant-results"))
                        .getText()
                        .contains(second.reference()));
        assertThat(pages.page().findElement(By.id("participant-results")).getText())
                .contains(first.reference());
        pages.accessible();

        clickLinkTo(pages, "/backoffice/files/" + second.registration());
        assertThat(pages.page().getCurrentUrl()).endsWith("/backoffice/files/" + second.registration());
        pages.accessible();
        clickLinkTo(pages, "/backoffice/reviews/");
        assertThat(pages.heading()).contains("hetzelfde kind");
        pages.accessible();
        pages.press("Beoordeling opslaan");
        assertThat(pages.summaryErrors())
                .contains("Kies of het hetzelfde kind is of twee verschillende kinderen", "Vul de reden in");
        pages.accessible();
        pages.choose("Hetzelfde kind");
        pages.type("reason", "Beide ouders meldden hetzelfde kind aan");
        pages.press("Beoordeling opslaan");
        pages.open("/backoffice/files/" + second.registration());
        assertThat(pages.page().findElement(By.tagName("main")).getText())
                .contains("Dubbel, gekoppeld aan eerdere aanmelding");

        pages.open("/backoffice/files/" + first.registration());
        pages.follow("Opzegging per e-mail of brief verwerken");
        assertThat(pages.heading()).isEqualTo("Opzegging per e-mail of brief verwerken");
        pages.accessible();
        pages.press("Opzegging verwerken");
        assertThat(pages.errorAt("reason")).contains("Vul de reden in");
        pages.accessible();
        pages.choose("Noor " + family);
        pages.choose("E-mail");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        pages.date("received", "" + today.getDayOfMonth(), "" + today.getMonthValue(), "" + today.getYear());
        pages.type("reference", "Opzeggen overeenkomst TikTok");
        pages.type("reason", "Mail van de moeder ontvangen");
        pages.press("Opzegging verwerken");
        assertThat(pages.page().getCurrentUrl()).contains("/backoffice/files/" + first.registration());
        assertThat(pages.page().findElement(By.tagName("main")).getText()).contains("Opgezegd");
        pages.accessible();
        assertThat(TestMailServer.awaitMail(firstParent, "Je opzegging").getSubject())
                .startsWith("Je opzegging");

        pages.open("/backoffice/reviews");
        pages.accessible();
        pages.open("/backoffice/dashboard");
        pages.accessible();
        logOut(pages);
    }

    @Test
    void anEditorChangesATimelineItemAndThePublicSiteShowsIt() {
        String campaign = TestCampaign.create(context, "redactie").slug();
        TestStaff.Login editor = TestStaff.enrolled(jdbc, StaffRole.EDITOR);
        SignUpPages pages = pages();
        logIn(pages, editor);
        pages.open("/backoffice/content");
        pages.accessible();

        pages.open("/backoffice/content/" + campaign + "/timeline/new");
        pages.accessible();
        pages.press("Opslaan");
        assertThat(pages.summaryErrors()).isNotEmpty();
        pages.accessible();
        pages.date("date", "1", "10", "2026");
        pages.type("nl-title", "Zitting gepland");
        pages.type("nl-body", "De rechtbank plant de **eerste zitting**.");
        pages.type("en-title", "Hearing planned");
        pages.type("en-body", "The court plans the **first hearing**.");
        pages.press("Voorbeeld bekijken");
        assertThat(pages.page()
                        .findElement(By.cssSelector(".content-preview strong"))
                        .getText())
                .isEqualTo("eerste zitting");
        pages.accessible();
        pages.press("Opslaan");

        clickLinkTo(pages, "/backoffice/content/" + campaign + "/timeline/");
        pages.type("nl-title", "Zitting verplaatst");
        pages.press("Opslaan");

        pages.open("/nl/" + campaign + "/tijdlijn");
        assertThat(pages.page().findElement(By.tagName("main")).getText())
                .contains("Zitting verplaatst")
                .doesNotContain("Zitting gepland");
        pages.open("/backoffice");
        logOut(pages);
    }

    @Test
    void anEditorPublishesTheStatutesAndTheFoundationPageListsThem() throws Exception {
        String campaign = TestCampaign.create(context, "statuten").slug();
        TestStaff.Login editor = TestStaff.enrolled(jdbc, StaffRole.EDITOR);
        Path notAPdf = Files.createTempFile("statuten", ".pdf");
        Files.writeString(notAPdf, "<html>geen pdf</html>");
        Path pdf = Files.createTempFile("statuten", ".pdf");
        Files.writeString(pdf, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        SignUpPages pages = pages();
        logIn(pages, editor);

        pages.open("/backoffice/content/" + campaign + "/documents/new");
        pages.accessible();
        new Select(pages.page().findElement(By.id("kind"))).selectByValue("STATUTES");
        pages.type("nl-title", "Statuten van de stichting");
        pages.type("en-title", "Articles of association");
        pages.date("date", "12", "5", "2021");
        new Select(pages.page().findElement(By.id("language"))).selectByValue("nl");
        pages.page().findElement(By.id("file")).sendKeys(notAPdf.toString());
        pages.press("Opslaan");
        assertThat(pages.errorAt("file")).contains("geen PDF");
        assertThat(pages.value("nl-title")).isEqualTo("Statuten van de stichting");
        pages.accessible();
        pages.page().findElement(By.id("file")).sendKeys(pdf.toString());
        pages.press("Opslaan");

        pages.open("/nl/" + campaign + "/stichting");
        assertThat(pages.page().findElement(By.id("documents")).getText()).isEqualTo("Documenten");
        assertThat(pages.page().findElement(By.cssSelector(".document-list a")).getText())
                .isEqualTo("Statuten van de stichting");
        pages.accessible();
        pages.open("/en/" + campaign + "/foundation");
        assertThat(pages.page().findElement(By.cssSelector(".document-list a")).getText())
                .isEqualTo("Articles of association");
        pages.accessible();
        pages.open("/backoffice");
        logOut(pages);
    }

    @Test
    void anAdminDryRunsAndPublishesTheCampaignsClass() {
        String campaign = TestCampaign.create(context, "groep").slug();
        TestStaff.Login admin = TestStaff.enrolled(jdbc, StaffRole.ADMIN);
        SignUpPages pages = pages();
        logIn(pages, admin);
        pages.open("/backoffice/campaigns");
        pages.accessible();
        pages.open("/backoffice/campaigns/tiktok/class");
        assertThat(pages.heading()).isEqualTo("De groep zoals de rechter die bepaalt");
        pages.accessible();
        pages.press("Proefberekening");
        assertThat(pages.page().findElement(By.id("dry-run")).getText()).isEqualTo("Proefberekening van het concept");
        pages.accessible();

        pages.open("/backoffice/campaigns/" + campaign + "/class");
        pages.press("Publiceren");
        assertThat(pages.summaryErrors()).isNotEmpty();
        pages.accessible();
        pages.type("effectiveOn", "2024-01-10");
        pages.type("court", "Rechtbank Amsterdam");
        pages.type("decidedOn", "2024-01-10");
        pages.type("useFrom", "2018-05-25");
        pages.type("subClass1-code", "MINORS");
        pages.type("subClass1-nl", "Kinderen");
        pages.type("subClass1-en", "Children");
        pages.type("subClass1-representative", "Stichting");
        pages.press("Publiceren");
        assertThat(pages.page().findElement(By.cssSelector(".notice")).getText())
                .contains("Versie 1 is gepubliceerd");
        pages.accessible();
        pages.open("/backoffice");
        logOut(pages);
    }

    /** Follows the first link in the page's main content whose address contains {@code path}. */
    private static void clickLinkTo(SignUpPages pages, String path) {
        String href = pages.page().findElements(By.cssSelector("main a")).stream()
                .map(link -> link.getDomAttribute("href"))
                .filter(link ->
                        link != null && link.contains(path) && !link.endsWith("/new") && !link.endsWith("/delete"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no link to " + path + " in " + pages.page().getPageSource()));
        pages.open(href);
    }

    private SignUpPages pages() {
        browser.driver().manage().deleteAllCookies();
        return new SignUpPages(browser, "http://localhost:" + port);
    }

    static void logInWithPassword(SignUpPages pages, TestStaff.Login login) {
        pages.open("/backoffice");
        assertThat(pages.heading()).isEqualTo("Inloggen voor medewerkers");
        pages.accessible();
        pages.type("email", login.member().email());
        pages.type("password", login.password());
        pages.press("Verder");
    }

    static void logIn(SignUpPages pages, TestStaff.Login login) {
        logInWithPassword(pages, login);
        assertThat(pages.heading()).isEqualTo("Code uit uw authenticator-app");
        pages.accessible();
        pages.type("code", login.currentCode());
        pages.press("Inloggen");
    }

    static void logOut(SignUpPages pages) {
        pages.press("Uitloggen");
        assertThat(pages.heading()).isEqualTo("Inloggen voor medewerkers");
    }
}
