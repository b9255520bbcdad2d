package nl.claimdesk.browser;

import static nl.claimdesk.browser.BackofficeJourneyTest.logIn;
import static nl.claimdesk.browser.BackofficeJourneyTest.logOut;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.campaign.Campaigns;
import nl.claimdesk.campaign.TestCampaign;
import nl.claimdesk.campaign.TestClassVersions;
import nl.claimdesk.dossier.TestAgreements;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.payout.TestSettlements;
import nl.claimdesk.registration.Dossiers;
import nl.claimdesk.registration.Dossiers.Dossier;
import nl.claimdesk.registration.internal.classification.ClassPublication;
import nl.claimdesk.shared.StaffRole;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A settlement in Chromium: one finance officer enters it, a second approves it and previews and publishes the
 * allocation, and the parent sees the expected amount in Mijn dossier. Every page passes axe-core.
 */
@BrowserTest
class PayoutJourneyTest {

    private final Browser browser = Browser.shared();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Campaigns campaigns;

    @Autowired
    ClassPublication classes;

    @Autowired
    Clock clock;

    @Test
    void aSettlementIsEnteredApprovedPublishedAndShownAsTheExpectedAmount() {
        TestCampaign campaign = TestCampaign.create(context, "uitbetaling");
        TestAgreements.publish(context, campaign.id());
        classes.publish(
                campaigns.bySlug(campaign.slug()).orElseThrow(),
                TestClassVersions.minorsAndAdultsInTheNetherlands(),
                Actor.system("test"),
                null);
        String lastName = Dossiers.uniqueLastName("Vergoeding");
        Dossier parent = Dossiers.confirmed(
                port,
                jdbc,
                campaign.slug(),
                Dossiers.uniqueEmail("ouder"),
                TestSettlements.inTheClassPeriod(clock, "Iris", lastName, 14));
        TestAgreements.accept(parent, "Iris", "Ouder " + lastName);

        SignUpPages pages = pages();
        logIn(pages, TestStaff.enrolled(jdbc, StaffRole.FINANCE));
        pages.open("/backoffice/payout");
        pages.accessible();
        pages.follow("Schikking invoeren");
        pages.press("Schikking invoeren");
        assertThat(pages.summaryErrors()).contains("Vul het kenmerk in");
        pages.accessible();
        new Select(pages.page().findElement(By.id("campaign"))).selectByValue(campaign.slug());
        pages.choose("Schikking");
        ((JavascriptExecutor) pages.page()).executeScript("document.getElementById('sourceDate').value = '2026-01-15'");
        pages.type("sourceReference", "Vaststellingsovereenkomst 2026-01");
        pages.type("gross", "10.000,00");
        pages.type("costs", "0");
        pages.press("Schikking invoeren");
        assertThat(pages.page().findElement(By.cssSelector(".notice")).getText())
                .contains("Een tweede persoon moet hem goedkeuren");
        pages.accessible();
        String settlement = pages.page().getCurrentUrl().replace("?done=entered", "");
        logOut(pages);

        logIn(pages, TestStaff.enrolled(jdbc, StaffRole.FINANCE));
        pages.page().get(settlement);
        pages.press("Schikking goedkeuren");
        assertThat(pages.page().findElement(By.cssSelector(".notice")).getText())
                .isEqualTo("De schikking is goedgekeurd.");
        pages.follow("Verdeling");
        pages.accessible();
        pages.press("Voorbeeld bekijken");
        assertThat(pages.page()
                        .findElement(By.cssSelector("#preview-title + table tbody tr"))
                        .getText())
                .isEqualTo("ALL 1 € 7.800,00 € 7.800,00");
        pages.accessible();
        pages.press("Publiceren");
        assertThat(pages.page()
                        .findElement(By.cssSelector(".allocation-version h3"))
                        .getText())
                .startsWith("Versie 1, gepubliceerd");
        pages.accessible();
        pages.open("/backoffice/payout-reports");
        pages.accessible();
        logOut(pages);

        browser.driver().manage().deleteAllCookies();
        pages.open("/nl");
        browser.driver()
                .manage()
                .addCookie(
                        new Cookie("SESSION", parent.client().cookie("SESSION").orElseThrow()));
        pages.open("/dossier");
        assertThat(pages.page().findElement(By.cssSelector(".claimant__payout")).getText())
                .contains("Verwachte vergoeding: € 7.800,00")
                .contains("Je geeft ons de bankrekening waarop we het betalen.");
        pages.accessible();
    }

    private SignUpPages pages() {
        browser.driver().manage().deleteAllCookies();
        return new SignUpPages(browser, "http://localhost:" + port);
    }
}
