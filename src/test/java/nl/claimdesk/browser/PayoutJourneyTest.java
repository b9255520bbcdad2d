package nl.claimdesk.browser;

import static nl.claimdesk.browser.BackofficeJourneyTest.logIn;
import static nl.claimdesk.browser.BackofficeJourneyTest.logOut;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.campaign.Campaigns;
import nl.claimdesk.campaign.TestCampaign;
import nl.claimdesk.campaign.TestClassVersions;
import nl.claimdesk.dossier.TestAgreements;
import nl.claimdesk.email.TestMailServer;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.payout.TestSettlements;
import nl.claimdesk.payout.internal.sepa.PainSchema;
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
 * A settlement in Chromium from entry to a rejected payment: one finance officer enters it, a second approves it and
 * previews and publishes the allocation; the parent sees the expected amount in Mijn dossier, enters Iris's IBAN
 * (a mistyped check digit is refused next to the field) and confirms it with the link in the mail; a payment run made
 * by one officer and approved by another gives a file that validates against the pain.001 schema; the bank's pain.002
 * rejects the payment, and Mijn dossier asks the parent for another account. Every page passes axe-core.
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
    void aSettlementIsPublishedPaidAndARejectedPaymentAsksForNewDetails() {
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
        String reference = "Vaststellingsovereenkomst " + lastName;
        pages.type("sourceReference", reference);
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

        asParticipant(pages, parent);
        pages.open("/dossier");
        assertThat(payoutText(pages))
                .contains("Verwachte vergoeding: € 7.800,00")
                .contains("Je geeft ons de bankrekening waarop we het betalen.");
        pages.accessible();

        entersAndConfirmsBankDetails(pages, parent, lastName);
        assertThat(payoutText(pages))
                .as("with the account confirmed, only the payment is still to happen")
                .doesNotContain("Je geeft ons de bankrekening")
                .contains("Wij betalen het uit");

        String endToEndId = paysInARunApprovedByASecondPerson(reference);
        importsARejection(endToEndId);

        assertThat(TestMailServer.plainText(
                        TestMailServer.awaitMail(parent.email(), "We hebben een ander rekeningnummer nodig")))
                .contains("NL•• •••• •••• •••• 4300");
        pages = pages();
        asParticipant(pages, parent);
        pages.open("/dossier");
        assertThat(payoutText(pages))
                .contains("De bank kon het bedrag niet op de rekening zetten die je gaf")
                .doesNotContain("Je geeft ons de bankrekening waarop we het betalen.");
        pages.accessible();
        pages.follow("Bankgegevens voor de uitbetaling");
        assertThat(pages.page()
                        .findElement(By.cssSelector(".card [role=alert]"))
                        .getText())
                .contains("De bank kon het bedrag niet op deze rekening zetten");
        assertThat(pages.page().findElement(By.linkText("Andere rekening opgeven voor Iris " + lastName)))
                .isNotNull();
        pages.accessible();
    }

    /**
     * In Mijn dossier: the bank details page, a mistyped check digit refused next to the field with the text kept, the
     * corrected IBAN saved, and the link in the confirmation mail opened and confirmed.
     */
    private void entersAndConfirmsBankDetails(SignUpPages pages, Dossier parent, String lastName) {
        pages.follow("Bankgegevens voor de uitbetaling");
        pages.accessible();
        pages.follow("Rekening opgeven voor Iris " + lastName);
        pages.accessible();
        pages.choose("Een rekening op naam van Iris " + lastName);
        pages.type("iban", "NL91 ABNA 0417 1643 01");
        pages.type("holderName", "Iris " + lastName);
        pages.press("Opslaan en bevestigingsmail sturen");
        assertThat(pages.errorAt("iban")).contains("Dit IBAN klopt niet");
        assertThat(pages.value("iban")).isEqualTo("NL91 ABNA 0417 1643 01");
        assertThat(pages.value("holderName")).isEqualTo("Iris " + lastName);
        pages.accessible();
        pages.type("iban", "NL91 ABNA 0417 1643 00");
        pages.press("Opslaan en bevestigingsmail sturen");
        assertThat(pages.page().findElement(By.cssSelector(".notice")).getText())
                .contains("We hebben je een e-mail gestuurd");
        assertThat(pages.page().findElement(By.cssSelector(".card")).getText())
                .contains("NL•• •••• •••• •••• 4300, wacht op je bevestiging per e-mail");
        pages.accessible();

        MimeMessage mail = TestMailServer.awaitMail(parent.email(), "Bevestig je rekeningnummer");
        pages.open(TestMailServer.linkPath(mail, "/dossier/bank-details/confirm/"));
        assertThat(pages.heading()).isEqualTo("Bevestig de nieuwe rekening");
        pages.accessible();
        pages.press("Rekening bevestigen");
        assertThat(pages.page().findElement(By.cssSelector(".notice")).getText())
                .isEqualTo("De rekening is bevestigd. We betalen de vergoeding op deze rekening uit.");
        assertThat(pages.page().findElement(By.cssSelector(".card")).getText())
                .contains("NL•• •••• •••• •••• 4300")
                .doesNotContain("wacht op je bevestiging");
        pages.accessible();
        pages.open("/dossier");
    }

    /**
     * One finance officer makes the run, who may not approve it; a second approves it, and the file downloaded in the
     * browser validates against the pain.001 schema and pays Iris. Returns the payment's EndToEndId.
     */
    private String paysInARunApprovedByASecondPerson(String reference) {
        SignUpPages pages = pages();
        logIn(pages, TestStaff.enrolled(jdbc, StaffRole.FINANCE));
        pages.open("/backoffice/payment-runs");
        pages.accessible();
        pages.press("Betaalrun maken");
        assertThat(pages.errorAt("settlement")).contains("Kies de schikking of uitspraak");
        pages.accessible();
        pages.choose(reference + " (2026-01-15)");
        pages.press("Betaalrun maken");
        assertThat(summary(pages, "Betalingen")).isEqualTo("1");
        assertThat(summary(pages, "Totaal")).isEqualTo("€ 7.800,00");
        assertThat(summary(pages, "Stand")).isEqualTo("Wacht op goedkeuring door een tweede persoon");
        assertThat(pages.page().findElements(By.xpath("//button[normalize-space()='Betaalrun goedkeuren']")))
                .as("who made the run cannot approve it")
                .isEmpty();
        pages.accessible();
        String run = pages.page().getCurrentUrl();
        logOut(pages);

        logIn(pages, TestStaff.enrolled(jdbc, StaffRole.FINANCE));
        pages.page().get(run);
        pages.press("Betaalrun goedkeuren");
        assertThat(pages.page().findElement(By.cssSelector(".notice")).getText())
                .isEqualTo("De betaalrun is goedgekeurd. De bestanden zijn te downloaden.");
        pages.accessible();
        String file = download(
                pages, pages.page().findElement(By.linkText("Bestand 1")).getAttribute("href"));
        PainSchema.check(file.getBytes(StandardCharsets.UTF_8));
        assertThat(file)
                .contains("<NbOfTxs>1</NbOfTxs>")
                .contains("<CtrlSum>7800.00</CtrlSum>")
                .contains("<IBAN>NL91ABNA0417164300</IBAN>");
        Matcher endToEnd = Pattern.compile("<EndToEndId>([^<]+)</EndToEndId>").matcher(file);
        assertThat(endToEnd.find()).as(file).isTrue();
        logOut(pages);
        return endToEnd.group(1);
    }

    /** Finance uploads the bank's pain.002 that rejects the payment (AC04, account closed). */
    private void importsARejection(String endToEndId) {
        SignUpPages pages = pages();
        logIn(pages, TestStaff.enrolled(jdbc, StaffRole.FINANCE));
        pages.open("/backoffice/payment-runs");
        pages.follow("Bankrapporten inlezen");
        pages.accessible();
        pages.page()
                .findElement(By.id("file"))
                .sendKeys(pain002Rejecting(endToEndId).toString());
        pages.press("Inlezen");
        assertThat(pages.page().findElement(By.cssSelector(".notice")).getText())
                .isEqualTo("pain.002 ingelezen: 1 regels gevonden, 0 regels zonder bijbehorende betaling.");
        pages.accessible();
        logOut(pages);
    }

    private static Path pain002Rejecting(String endToEndId) {
        try {
            Path file = Files.createTempFile("pain002-", ".xml");
            file.toFile().deleteOnExit();
            Files.writeString(file, """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10">
                      <CstmrPmtStsRpt>
                        <GrpHdr><MsgId>STS-JOURNEY</MsgId><CreDtTm>2026-12-08T09:00:00</CreDtTm></GrpHdr>
                        <OrgnlGrpInfAndSts><OrgnlMsgId>M1</OrgnlMsgId><OrgnlMsgNmId>pain.001.001.09</OrgnlMsgNmId></OrgnlGrpInfAndSts>
                        <OrgnlPmtInfAndSts>
                          <OrgnlPmtInfId>P1</OrgnlPmtInfId>
                          <TxInfAndSts><OrgnlEndToEndId>%s</OrgnlEndToEndId><TxSts>RJCT</TxSts>
                            <StsRsnInf><Rsn><Cd>AC04</Cd></Rsn></StsRsnInf></TxInfAndSts>
                        </OrgnlPmtInfAndSts>
                      </CstmrPmtStsRpt>
                    </Document>""".formatted(endToEndId));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fetches a download link with the browser's own session, as saving the file would. */
    private static String download(SignUpPages pages, String href) {
        return (String) ((JavascriptExecutor) pages.page())
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + " fetch(arguments[0]).then(r => r.ok ? r.text() : 'HTTP ' + r.status).then(done);",
                        href);
    }

    private void asParticipant(SignUpPages pages, Dossier parent) {
        pages.open("/nl");
        browser.driver()
                .manage()
                .addCookie(
                        new Cookie("SESSION", parent.client().cookie("SESSION").orElseThrow()));
    }

    private static String summary(SignUpPages pages, String term) {
        return pages.page()
                .findElement(By.xpath("//dt[normalize-space()='" + term + "']/following-sibling::dd"))
                .getText();
    }

    private static String payoutText(SignUpPages pages) {
        return pages.page().findElement(By.cssSelector(".claimant__payout")).getText();
    }

    private SignUpPages pages() {
        browser.driver().manage().deleteAllCookies();
        return new SignUpPages(browser, "http://localhost:" + port);
    }
}
