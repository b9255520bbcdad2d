package nl.claimdesk.payout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import nl.claimdesk.ServerTest;
import nl.claimdesk.backoffice.VisitorSessions;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.infrastructure.BeforeServing;
import nl.claimdesk.registration.DemoParticipant;
import nl.claimdesk.registration.SiteClient;
import nl.claimdesk.shared.StaffRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo start (demo content on, as in the one-command run) settles the closed demo campaign: its demo participant
 * sees the expected amount in Mijn dossier, and finance sees an approved payment run whose file can be downloaded. A
 * second start adds nothing.
 */
@ServerTest
class DemoPayoutTest {

    private static final String DEMO_CAMPAIGN = "select id from campaign where slug = 'energiecontract'";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void theDemoParticipantSeesTheExpectedAmountAndFinanceSeesThePaymentRun() {
        SiteClient participant = VisitorSessions.participant(port, DemoParticipant.EMAIL.value());
        assertThat(text(participant.get("/dossier").body()))
                .contains("Demi Deelnemer")
                .contains("Verwachte vergoeding: € 250,00")
                .as("the demo's approved run is on its way")
                .contains("Onderweg: € 250,00")
                .as("the demo account is confirmed already")
                .doesNotContain("Je geeft ons de bankrekening");
        assertThat(text(participant.get("/dossier/bank-details").body())).contains("NL•• •••• •••• •••• 4300");

        SiteClient finance = TestStaff.logIn(port, TestStaff.enrolled(jdbc, StaffRole.FINANCE));
        UUID run = demoRun();
        assertThat(finance.get("/backoffice/payment-runs").body()).contains("/backoffice/payment-runs/" + run);
        String page = text(finance.get("/backoffice/payment-runs/" + run).body());
        assertThat(page)
                .contains("Betalingen 1")
                .contains("Totaal € 250,00")
                .contains("Stand Goedgekeurd")
                .contains("Bestand 1");
        assertThat(finance.get("/backoffice/payment-runs/" + run + "/files/1").body())
                .contains("<NbOfTxs>1</NbOfTxs>", "<IBAN>NL91ABNA0417164300</IBAN>", "<Nm>Demi Deelnemer</Nm>");
    }

    @Test
    void aSecondStartAddsNothing() {
        List<Long> before = counts();
        List<BeforeServing> demo = context.getBeansOfType(BeforeServing.class).values().stream()
                .sorted(Comparator.comparingInt(BeforeServing::getPhase))
                .toList();
        for (BeforeServing task : demo) {
            task.stop();
            task.start();
        }
        assertThat(before.get(2)).as("one demo settlement").isEqualTo(1L);
        assertThat(counts()).isEqualTo(before);
    }

    /** The demo campaign's registrations, signed agreements, settlements, allocations, accounts and payment runs. */
    private List<Long> counts() {
        return List.of(
                count("select count(*) from registration where campaign_id = (" + DEMO_CAMPAIGN + ")"),
                count("select count(*) from claimant c join registration r on r.id = c.registration_id"
                        + " where r.campaign_id = (" + DEMO_CAMPAIGN
                        + ") and c.participation_completed_at is not null"),
                count("select count(*) from settlement where campaign_id = (" + DEMO_CAMPAIGN + ")"),
                count("select count(*) from allocation a join settlement s on s.id = a.settlement_id"
                        + " where s.campaign_id = (" + DEMO_CAMPAIGN + ")"),
                count("select count(*) from bank_account b join claimant c on c.id = b.claimant_id"
                        + " join registration r on r.id = c.registration_id"
                        + " where r.campaign_id = (" + DEMO_CAMPAIGN + ")"),
                count("select count(*) from payment_run p join settlement s on s.id = p.settlement_id"
                        + " where s.campaign_id = (" + DEMO_CAMPAIGN + ")"));
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private UUID demoRun() {
        return jdbc.sql("select p.id from payment_run p join settlement s on s.id = p.settlement_id"
                        + " where s.campaign_id = (" + DEMO_CAMPAIGN + ") and p.approved_at is not null")
                .query(UUID.class)
                .single();
    }

    /** The page's text as a reader sees it: without tags, every run of white space one space. */
    private static String text(String html) {
        return html.replaceAll("<[^>]+>", " ")
                .replace('\u00a0', ' ')
                .replace('\u202f', ' ')
                .replaceAll("\\s+", " ")
                .replace(" :", ":");
    }
}
