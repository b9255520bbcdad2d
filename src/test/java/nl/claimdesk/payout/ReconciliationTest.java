package nl.claimdesk.payout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import nl.claimdesk.ServerTest;
import nl.claimdesk.campaign.TestCampaign;
import nl.claimdesk.email.QueuedMails;
import nl.claimdesk.email.TestMailServer;
import nl.claimdesk.payout.internal.reconciliation.BankReportReader;
import nl.claimdesk.payout.internal.reconciliation.BankReports;
import nl.claimdesk.payout.internal.run.PaymentRuns;
import nl.claimdesk.registration.Dossiers;
import nl.claimdesk.registration.Dossiers.Dossier;
import nl.claimdesk.registration.Funnel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The bank's reports come back: a pain.002 accepts one payment and rejects another (AC04), a camt.054 returns the
 * accepted one; the failed shares are live no more, their registrant is asked for new details, and they go into the
 * next run once new details are confirmed. Importing a file a second time changes nothing.
 */
@ServerTest
class ReconciliationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    BankReports reports;

    @Autowired
    PaymentRuns runs;

    @Autowired
    Clock clock;

    @Test
    void acceptedRejectedAndReturnedPaymentsAreReconciledOnce() {
        String lastName = Dossiers.uniqueLastName("Terug");
        Dossier parent = parent(
                "reconcile",
                TestAllocations.child(clock, "Ada", lastName, 13),
                TestAllocations.child(clock, "Bo", lastName, 11),
                TestAllocations.child(clock, "Cas", lastName, 9));
        UUID allocation = allocationWithAccounts(parent, 7_50, "Ada", "Bo", "Cas");
        UUID run = TestPaymentRuns.approved(context, jdbc, allocation);
        Map<String, String> endToEnd = endToEndIds(parent, run);
        int mailsBefore = TestMailServer.mailsTo(parent.email()).size();

        String pain002 = TestBankReports.pain002(endToEnd.get("Ada"), "ACCP", null)
                .replace(
                        "<!--more-->",
                        TestBankReports.transaction(endToEnd.get("Bo"), "RJCT", "AC04")
                                + TestBankReports.transaction("UNKNOWN1", "ACCP", null));
        BankReports.Result imported = TestBankReports.importReport(reports, pain002);
        assertThat(imported.kind()).isEqualTo(BankReportReader.Kind.PAIN002);
        assertThat(imported.matched()).isEqualTo(2);
        assertThat(imported.unmatched()).isEqualTo(1);
        assertThat(state(endToEnd.get("Ada"))).isEqualTo("ACCEPTED true null");
        assertThat(state(endToEnd.get("Bo"))).isEqualTo("REJECTED null AC04");
        assertThat(state(endToEnd.get("Cas"))).isEqualTo("IN_FLIGHT true null");
        assertThat(accountState(parent, "Bo")).isEqualTo("NEEDS_NEW");
        TestMailServer.awaitMails(parent.email(), mailsBefore + 1);
        assertThat(TestMailServer.subjectsTo(parent.email())).contains("We hebben een ander rekeningnummer nodig");

        BankReports.Result again = TestBankReports.importReport(reports, pain002);
        assertThat(again.repeated()).isTrue();
        new QueuedMails(jdbc).awaitDrained();
        assertThat(TestMailServer.mailsTo(parent.email())).hasSize(mailsBefore + 1);
        assertThat(state(endToEnd.get("Bo"))).isEqualTo("REJECTED null AC04");

        BankReports.Result returned =
                TestBankReports.importReport(reports, TestBankReports.camt054(endToEnd.get("Ada"), "MD07"));
        assertThat(returned.kind()).isEqualTo(BankReportReader.Kind.CAMT054);
        assertThat(state(endToEnd.get("Ada"))).isEqualTo("RETURNED null MD07");
        assertThat(accountState(parent, "Ada")).isEqualTo("NEEDS_NEW");

        assertThat(parent.client().get("/dossier/bank-details").body())
                .contains("De bank kon het bedrag niet op deze rekening zetten");
        new QueuedMails(jdbc).awaitDrained();
        TestBankAccounts.confirmed(jdbc, parent, "Bo", "DE89370400440532013000", "Bo");
        UUID settlement = jdbc.sql("select settlement_id from allocation where id = ?")
                .param(allocation)
                .query(UUID.class)
                .single();
        UUID later = runs.create(settlement, UUID.randomUUID(), null).orElseThrow();
        assertThat(runs.find(later).orElseThrow().payments())
                .as("Bo's share, with new details, goes into a later run; Ada's waits for hers")
                .isEqualTo(1);
    }

    @Test
    void aReportOfThousandsOfStatusesCountsAndAppliesEachInItsOrder() {
        String lastName = Dossiers.uniqueLastName("Veel");
        Dossier parent = parent(
                "reconcile-many",
                TestAllocations.child(clock, "Dirk", lastName, 12),
                TestAllocations.child(clock, "Eva", lastName, 10));
        UUID allocation = allocationWithAccounts(parent, 5_00, "Dirk", "Eva");
        UUID run = TestPaymentRuns.approved(context, jdbc, allocation);
        String dirk = TestPaymentRuns.endToEndId(jdbc, run, parent.claimant("Dirk"));
        String eva = TestPaymentRuns.endToEndId(jdbc, run, parent.claimant("Eva"));
        StringBuilder statuses = new StringBuilder();
        for (int i = 0; i < 2_500; i++) {
            statuses.append(TestBankReports.transaction("UNKNOWN" + i, "ACCP", null));
            if (i == 1_200) {
                statuses.append(TestBankReports.transaction(eva, "RJCT", "AC04"));
            }
        }
        statuses.append(TestBankReports.transaction(eva, "ACCP", null))
                .append(TestBankReports.transaction(dirk, "ACCP", null));

        BankReports.Result imported = TestBankReports.importReport(
                reports, TestBankReports.pain002(dirk, "ACCP", null).replace("<!--more-->", statuses));

        assertThat(imported.matched())
                .as("Dirk twice, Eva's rejection and her later acceptance")
                .isEqualTo(4);
        assertThat(imported.unmatched()).isEqualTo(2_500);
        assertThat(state(dirk)).isEqualTo("ACCEPTED true null");
        assertThat(state(eva))
                .as("an acceptance after the rejection does not make the payment live again")
                .isEqualTo("REJECTED null AC04");
    }

    private Dossier parent(String campaign, Funnel.Child... children) {
        Dossier parent = Dossiers.confirmed(
                port, jdbc, TestCampaign.create(context, campaign).slug(), Dossiers.uniqueEmail("ouder"), children);
        TestAllocations.agreed(jdbc, parent);
        return parent;
    }

    /** A published allocation of {@code cents} each, and a confirmed bank account for each child named. */
    private UUID allocationWithAccounts(Dossier parent, long cents, String... names) {
        UUID allocation = TestAllocations.publish(jdbc, parent, cents, true, "CHILD_ONLY", false);
        for (String name : names) {
            TestBankAccounts.confirmed(jdbc, parent, name, "NL91ABNA0417164300", name);
        }
        return allocation;
    }

    private Map<String, String> endToEndIds(Dossier parent, UUID run) {
        return Map.of(
                "Ada", TestPaymentRuns.endToEndId(jdbc, run, parent.claimant("Ada")),
                "Bo", TestPaymentRuns.endToEndId(jdbc, run, parent.claimant("Bo")),
                "Cas", TestPaymentRuns.endToEndId(jdbc, run, parent.claimant("Cas")));
    }

    private String state(String endToEndId) {
        return jdbc.sql("select state, live, reason_code from payment where end_to_end_id = ?")
                .param(endToEndId)
                .query((rs, n) -> rs.getString(1) + " " + rs.getObject(2) + " " + rs.getString(3))
                .single();
    }

    private String accountState(Dossier parent, String name) {
        return jdbc.sql("select b.state from bank_account b join payment p on p.bank_account_id = b.id"
                        + " where p.claimant_id = ? order by b.entered_at limit 1")
                .param(parent.claimant(name))
                .query(String.class)
                .single();
    }
}
