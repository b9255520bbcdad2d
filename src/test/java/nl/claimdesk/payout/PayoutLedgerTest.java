package nl.claimdesk.payout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.claimdesk.ServerTest;
import nl.claimdesk.campaign.TestCampaign;
import nl.claimdesk.email.TestMailServer;
import nl.claimdesk.identity.StaffMvc;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.payout.internal.reconciliation.BankReports;
import nl.claimdesk.payout.internal.run.PaymentRuns;
import nl.claimdesk.registration.Dossiers;
import nl.claimdesk.registration.Dossiers.Dossier;
import nl.claimdesk.shared.StaffRole;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.WebApplicationContext;

/**
 * The ledger after a real run and the bank's reports: one payment accepted, one rejected (pain.002, AC04), one
 * accepted and then returned (camt.054, MD07), one still in flight, and one share without an account. The report and
 * its CSV count each (amounts and numbers) for a viewer, the list adds them up per campaign, with no name or account; Mijn dossier shows the amount and
 * date paid, the payment on its way, and asks for new details where the bank could not pay, and a mail asks too;
 * once new details are confirmed the share goes into a later run.
 */
@ServerTest
class PayoutLedgerTest {

    private static final long SHARE = 7_50;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WebApplicationContext context;

    @Autowired
    BankReports reports;

    @Autowired
    PaymentRuns runs;

    @Autowired
    Clock clock;

    @Test
    void theReportCountsEveryPaymentByStateAndTheParentSeesWhatWasPaid() throws Exception {
        String lastName = Dossiers.uniqueLastName("Grootboek");
        TestCampaign campaign = TestCampaign.create(context, "ledger");
        Dossier parent = Dossiers.confirmed(
                port,
                jdbc,
                campaign.slug(),
                Dossiers.uniqueEmail("ouder"),
                TestAllocations.child(clock, "Ada", lastName, 15),
                TestAllocations.child(clock, "Bo", lastName, 14),
                TestAllocations.child(clock, "Cas", lastName, 13),
                TestAllocations.child(clock, "Dirk", lastName, 12),
                TestAllocations.child(clock, "Eva", lastName, 11));
        TestAllocations.agreed(jdbc, parent);
        UUID allocation = TestAllocations.publish(jdbc, parent, SHARE, true, "CHILD_ONLY", false);
        UUID settlement = jdbc.sql("select settlement_id from allocation where id = ?")
                .param(allocation)
                .query(UUID.class)
                .single();
        for (String name : List.of("Ada", "Bo", "Cas", "Dirk")) {
            TestBankAccounts.confirmed(jdbc, parent, name, "NL91ABNA0417164300", name + " " + lastName);
        }
        UUID run = TestPaymentRuns.approved(context, jdbc, allocation);
        int mailsBefore = TestMailServer.mailsTo(parent.email()).size();

        TestBankReports.importReport(
                reports,
                TestBankReports.pain002(TestPaymentRuns.endToEndId(jdbc, run, parent.claimant("Ada")), "ACCP", null)
                        .replace(
                                "<!--more-->",
                                TestBankReports.transaction(
                                                TestPaymentRuns.endToEndId(jdbc, run, parent.claimant("Bo")),
                                                "RJCT",
                                                "AC04")
                                        + TestBankReports.transaction(
                                                TestPaymentRuns.endToEndId(jdbc, run, parent.claimant("Cas")),
                                                "ACCP",
                                                null)));
        TestBankReports.importReport(
                reports,
                TestBankReports.camt054(TestPaymentRuns.endToEndId(jdbc, run, parent.claimant("Cas")), "MD07"));

        StaffMvc viewer = new StaffMvc(context, TestStaff.create(jdbc, StaffRole.VIEWER));
        String csv = viewer.send(get("/backoffice/payout-reports/" + settlement + ".csv"))
                .getContentAsString();
        assertThat(csv)
                .contains("allocated_cents," + 5 * SHARE + "\r\n", "allocated_claimants,5\r\n")
                .contains("paid_cents," + SHARE + "\r\n", "paid_count,1\r\n")
                .contains("in_flight_cents," + SHARE + "\r\n", "in_flight_count,1\r\n")
                .contains("rejected_cents," + SHARE + "\r\n", "rejected_count,1\r\n")
                .contains("returned_cents," + SHARE + "\r\n", "returned_count,1\r\n")
                .contains("unclaimed_cents," + 3 * SHARE + "\r\n", "unclaimed_count,3\r\n")
                .contains("changed_after_payment_count,0\r\n");
        MockHttpServletResponse page = viewer.send(get("/backoffice/payout-reports/" + settlement));
        assertThat(page.getStatus()).isEqualTo(200);
        Document report = Jsoup.parse(page.getContentAsString());
        assertThat(figure(report, "Betalingen geweigerd door de bank")).isEqualTo("1");
        assertThat(figure(report, "Teruggekomen")).isEqualTo("€ 7,50");
        assertThat(figure(report, "Niet opgeëist")).isEqualTo("€ 22,50");
        MockHttpServletResponse list = viewer.send(get("/backoffice/payout-reports"));
        List<String> campaignRow = Jsoup.parse(list.getContentAsString())
                .select("tr:has(th[scope=row]:containsOwn(" + campaign.name() + ")) td")
                .eachText()
                .stream()
                .map(cell -> cell.replace('\u00a0', ' '))
                .toList();
        assertThat(campaignRow)
                .as("the campaign's totals: gross, fee, net, paid, in flight, rejected, returned, unclaimed")
                .containsExactly("€ 75,00", "€ 37,50", "€ 37,50", "€ 7,50", "€ 7,50", "€ 7,50", "€ 7,50", "€ 22,50");
        for (String shown : List.of(csv, page.getContentAsString(), list.getContentAsString())) {
            assertThat(shown)
                    .as("aggregates only")
                    .doesNotContain(lastName, "NL91", parent.claimant("Ada").toString())
                    // The IBAN's last four digits, not the same digits inside another row's random id.
                    .doesNotContainPattern("(?<![0-9a-f-])4300(?![0-9a-f-])");
        }

        TestMailServer.awaitMails(parent.email(), mailsBefore + 2);
        assertThat(TestMailServer.mailsTo(parent.email()).subList(mailsBefore, mailsBefore + 2))
                .allSatisfy(
                        mail -> assertThat(mail.getSubject()).isEqualTo("We hebben een ander rekeningnummer nodig"));
        LocalDate executed = jdbc.sql("select execution_date from payment_run where id = ?")
                .param(run)
                .query(LocalDate.class)
                .single();
        String date = executed.format(
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.of("nl", "NL")));
        Document dossier = Jsoup.parse(parent.client().get("/dossier").body());
        assertThat(payout(dossier, parent, "Ada")).contains("Betaald: € 7,50, op " + date);
        assertThat(payout(dossier, parent, "Dirk")).contains("Onderweg: € 7,50; het staat rond " + date);
        for (String failed : List.of("Bo", "Cas")) {
            assertThat(payout(dossier, parent, failed))
                    .contains("De bank kon het bedrag niet op de rekening zetten die je gaf")
                    .doesNotContain("Betaald:");
        }
        assertThat(payout(dossier, parent, "Eva")).contains("Je geeft ons de bankrekening waarop we het betalen");

        TestBankAccounts.confirmed(jdbc, parent, "Bo", "DE89370400440532013000", "Bo " + lastName);
        UUID later = runs.create(settlement, UUID.randomUUID(), null).orElseThrow();
        assertThat(jdbc.sql("select claimant_id from payment where run_id = ?")
                        .param(later)
                        .query(UUID.class)
                        .list())
                .as("Bo's share, with new details, goes into a later run; Cas waits for hers, Eva for any")
                .containsExactly(parent.claimant("Bo"));
    }

    private static String figure(Document report, String label) {
        return report.select("dt:matchesOwn(^" + Pattern.quote(label) + "$) + dd")
                .text()
                .replace('\u00a0', ' ');
    }

    private static String payout(Document dossier, Dossier parent, String name) {
        return dossier.select("#claimant-" + parent.claimant(name) + " .claimant__payout")
                .text()
                .replace('\u00a0', ' ');
    }
}
