package nl.claimdesk.payout.internal.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.claimdesk.ServerTest;
import nl.claimdesk.audit.AuditLog;
import nl.claimdesk.campaign.TestCampaign;
import nl.claimdesk.payout.TestAllocations;
import nl.claimdesk.payout.TestBankAccounts;
import nl.claimdesk.payout.internal.bank.BankAccounts;
import nl.claimdesk.registration.Dossiers;
import nl.claimdesk.registration.Dossiers.Dossier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A run as the database writes it, slice by slice: with slices of two shares and files of two payments, the file
 * numbers count on across the slices, a claimant who withdrew after the allocation's publication is left out without
 * leaving a gap, and every EndToEndId is made from its payment's own id.
 */
@ServerTest
class PaymentRunSlicesTest {

    private static final List<String> CHILDREN = List.of("Zoë", "Sem", "Noor", "Lev", "Mila");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    PaymentRuns runs;

    @Autowired
    BankAccounts accounts;

    @Autowired
    AuditLog audit;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    @Test
    void fileNumbersCountOnAcrossSlicesAndAWithdrawnClaimantIsNotPaid() {
        String lastName = Dossiers.uniqueLastName("Plak");
        Dossier parent = Dossiers.confirmed(
                port,
                jdbc,
                TestCampaign.create(context, "runslices").slug(),
                Dossiers.uniqueEmail("ouder"),
                CHILDREN.stream()
                        .map(name -> TestAllocations.child(clock, name, lastName, 10 + CHILDREN.indexOf(name)))
                        .toArray(nl.claimdesk.registration.Funnel.Child[]::new));
        TestAllocations.agreed(jdbc, parent);
        UUID allocation = TestAllocations.publish(jdbc, parent, 7_00, true, "CHILD_ONLY", false);
        for (String name : CHILDREN) {
            TestBankAccounts.confirmed(jdbc, parent, name, "NL91ABNA0417164300", name);
        }
        List<UUID> inIdOrder = jdbc.sql("select id from claimant where registration_id = ? order by id")
                .param(parent.registration())
                .query(UUID.class)
                .list();
        // The third in id order withdraws after the publication: the slices hold 2, 1 and 1 payable shares.
        UUID withdrawn = inIdOrder.get(2);
        String name = CHILDREN.stream()
                .filter(child -> parent.claimant(child).equals(withdrawn))
                .findFirst()
                .orElseThrow();
        assertThat(parent.client().post(parent.claimantPath(name) + "/withdraw").statusCode())
                .isEqualTo(302);
        UUID settlement = jdbc.sql("select settlement_id from allocation where id = ?")
                .param(allocation)
                .query(UUID.class)
                .single();

        PaymentRuns sliced = new PaymentRuns(
                jdbc,
                transactions,
                accounts,
                audit,
                new PaymentRunSettings("Stichting Test", "NL91ABNA0417164300", "ABNANL2A", 2, 1),
                clock,
                2);
        UUID run = new TransactionTemplate(transactions)
                .execute(status -> sliced.create(settlement, UUID.randomUUID(), null))
                .orElseThrow();

        List<UUID> ids = new ArrayList<>();
        List<String> payments = jdbc.sql("""
                        select claimant_id, file_number, id, end_to_end_id, amount_cents, state, live from payment
                        where run_id = ? order by claimant_id""")
                .param(run)
                .query((rs, n) -> {
                    UUID id = rs.getObject(3, UUID.class);
                    assertThat(id.version()).isEqualTo(7);
                    assertThat(id.variant()).isEqualTo(2);
                    ids.add(id);
                    assertThat(rs.getString(4))
                            .isEqualTo(PaymentRuns.endToEndId(id))
                            .hasSize(34);
                    assertThat(rs.getLong(5)).isEqualTo(7_00);
                    assertThat(rs.getString(6)).isEqualTo("IN_FLIGHT");
                    assertThat(rs.getBoolean(7)).isTrue();
                    return rs.getObject(1) + ":" + rs.getInt(2);
                })
                .list();
        assertThat(payments)
                .containsExactly(
                        inIdOrder.get(0) + ":1",
                        inIdOrder.get(1) + ":1",
                        inIdOrder.get(3) + ":2",
                        inIdOrder.get(4) + ":2");
        // Ascending in claimant order across the slices: each insert appends to the id's index (ADR 0061).
        assertThat(ids).isSorted().doesNotHaveDuplicates();

        assertThat(runs.approve(run, UUID.randomUUID(), null)).isEmpty();
        assertThat(runs.files(run))
                .extracting(PaymentRuns.PaymentFile::transactions)
                .containsExactly(2, 2);
        Optional<UUID> again = new TransactionTemplate(transactions)
                .execute(status -> sliced.create(settlement, UUID.randomUUID(), null));
        assertThat(again)
                .as("everyone payable is in flight, and an empty run leaves no row")
                .isEmpty();
        assertThat(jdbc.sql("select count(*) from payment_run where settlement_id = ?")
                        .param(settlement)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
