package nl.claimdesk.payout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import nl.claimdesk.ServerTest;
import nl.claimdesk.campaign.TestCampaign;
import nl.claimdesk.identity.StaffMvc;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.payout.internal.ledger.Ledger;
import nl.claimdesk.payout.internal.ledger.PaidAtAnotherAmount;
import nl.claimdesk.payout.internal.ledger.PaymentFigures;
import nl.claimdesk.payout.internal.ledger.Tally;
import nl.claimdesk.payout.internal.run.PaymentRuns;
import nl.claimdesk.payout.internal.sepa.PainSchema;
import nl.claimdesk.registration.Dossiers;
import nl.claimdesk.registration.Dossiers.Dossier;
import nl.claimdesk.registration.SiteClient;
import nl.claimdesk.shared.StaffRole;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.context.WebApplicationContext;

/**
 * A payment run from creation to the bank's files: finance creates it, the same person cannot approve it (nor can the
 * database be made to), a second person does; the files are split at the configured size, valid against the EPC
 * schema, byte for byte the approved ones on every download; and no claimant is ever in two live payments of one
 * settlement, not even when two runs are created at the same moment or a new allocation version follows a payment.
 */
@ServerTest
@TestPropertySource(properties = "claimdesk.payout.runs.max-transactions-per-file=2")
class PaymentRunTest {

    private static final String RUNS = "/backoffice/payment-runs";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    PaymentRuns runs;

    @Autowired
    Clock clock;

    @Autowired
    Ledger ledger;

    @Autowired
    WebApplicationContext webContext;

    @Test
    void aRunIsApprovedByASecondPersonAndItsFilesValidate() throws Exception {
        Dossier parent = threeChildren("payrun");
        UUID settlement = settlementOf(TestAllocations.publish(jdbc, parent, 12_34, true, "CHILD_ONLY", false));
        TestBankAccounts.confirmed(jdbc, parent, "Zoë", "NL91ABNA0417164300", "Zoë Ørsted-Çelik");
        TestBankAccounts.confirmed(jdbc, parent, "Sem", "DE89370400440532013000", "Sem Groß");
        TestBankAccounts.confirmed(jdbc, parent, "Noor", "BE68539007547034", "Noor");

        SiteClient creator = TestStaff.logIn(port, TestStaff.enrolled(jdbc, StaffRole.FINANCE));
        creator.get(RUNS);
        HttpResponse<String> created = creator.post(RUNS, "settlement", settlement.toString());
        String runPath = created.headers().firstValue("Location").orElseThrow();
        UUID run = UUID.fromString(runPath.substring(runPath.lastIndexOf('/') + 1));
        assertThat(runs.find(run).orElseThrow().payments()).isEqualTo(3);

        creator.get(runPath);
        assertThat(creator.post(runPath + "/approve").headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("done=SAME_PERSON"));
        UUID creatorId = jdbc.sql("select created_by from payment_run where id = ?")
                .param(run)
                .query(UUID.class)
                .single();
        assertThatThrownBy(() -> jdbc.sql("update payment_run set approved_by = created_by, approved_at = created_at"
                                + " where id = ?")
                        .param(run)
                        .update())
                .as("the database refuses the creator as approver")
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("update payment set settlement_id = ? where run_id = ?")
                        .params(UUID.randomUUID(), run)
                        .update())
                .as(
                        "a payment's settlement is its run's (V65): the unique key per claimant and settlement relies on it")
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(runs.find(run).orElseThrow())
                .as("a run waiting for approval is counted")
                .satisfies(waiting -> {
                    assertThat(waiting.approved()).isFalse();
                    assertThat(waiting.payments()).isEqualTo(3);
                    assertThat(waiting.totalCents()).isEqualTo(3 * 12_34);
                });
        assertThat(creatorId).isNotNull();

        assertThat(creator.get(runPath + "/files/1").statusCode())
                .as("a run has no files before its approval")
                .isEqualTo(404);
        SiteClient approver = TestStaff.logIn(port, TestStaff.enrolled(jdbc, StaffRole.FINANCE));
        approver.get(runPath);
        assertThat(approver.post(runPath + "/approve").headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("done=approved"));

        List<PaymentRuns.PaymentFile> files = runs.files(run);
        assertThat(files).extracting(PaymentRuns.PaymentFile::transactions).containsExactly(2, 1);
        assertThat(approver.get(runPath + "/files/3").statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("select payments || ' ' || total_cents from payment_run where id = ?")
                        .param(run)
                        .query(String.class)
                        .single())
                .as("an approved run keeps its totals")
                .isEqualTo("3 " + 3 * 12_34);
        assertThat(runs.find(run).orElseThrow().payments()).isEqualTo(3);
        assertThat(approver.get("/backoffice/payment-runs/" + UUID.randomUUID() + "/files/1")
                        .statusCode())
                .isEqualTo(404);
        List<String> endToEndIds = new ArrayList<>();
        List<String> names = new ArrayList<>();
        long total = 0;
        for (PaymentRuns.PaymentFile file : files) {
            byte[] downloaded =
                    approver.download(runPath + "/files/" + file.number()).body();
            PainSchema.check(downloaded);
            assertThat(sha256(downloaded)).isEqualTo(file.sha256());
            assertThat(approver.download(runPath + "/files/" + file.number()).body())
                    .isEqualTo(downloaded);
            Document xml = Jsoup.parse(new String(downloaded, StandardCharsets.UTF_8), Parser.xmlParser());
            assertThat(xml.select("GrpHdr > MsgId").text()).isEqualTo(file.messageId());
            assertThat(xml.select("GrpHdr > NbOfTxs").text()).isEqualTo(Integer.toString(file.transactions()));
            endToEndIds.addAll(xml.select("EndToEndId").eachText());
            names.addAll(xml.select("Cdtr > Nm").eachText());
            total += file.controlSumCents();
        }
        assertThat(endToEndIds).hasSize(3).doesNotHaveDuplicates();
        assertThat(names).containsExactlyInAnyOrder("Zoe Orsted-Celik", "Sem Gross", "Noor");
        assertThat(total).isEqualTo(3 * 12_34);
        assertThat(files.get(0).messageId()).isNotEqualTo(files.get(1).messageId());

        assertThat(runs.create(settlement, UUID.randomUUID(), null))
                .as("every share is in flight: a second run finds nothing")
                .isEmpty();
        assertThat(jdbc.sql("select action from audit_entry where subject_id = ? order by occurred_at")
                        .param(run.toString())
                        .query(String.class)
                        .list())
                .contains("payment-run.created", "payment-run.approved", "payment-run.downloaded");
    }

    @Test
    void aClaimantWhoWithdrewAfterThePublicationIsNotPaid() {
        Dossier parent = threeChildren("payleft");
        UUID settlement = settlementOf(TestAllocations.publish(jdbc, parent, 5_00, true, "CHILD_ONLY", false));
        TestBankAccounts.confirmed(jdbc, parent, "Zoë", "NL91ABNA0417164300", "Zoë");
        TestBankAccounts.confirmed(jdbc, parent, "Sem", "DE89370400440532013000", "Sem");
        TestBankAccounts.confirmed(jdbc, parent, "Noor", "BE68539007547034", "Noor");
        assertThat(parent.client()
                        .post(parent.claimantPath("Sem") + "/withdraw")
                        .statusCode())
                .isEqualTo(302);

        UUID run = runs.create(settlement, UUID.randomUUID(), null).orElseThrow();

        assertThat(jdbc.sql("select claimant_id from payment where run_id = ?")
                        .param(run)
                        .query(UUID.class)
                        .list())
                .as("the share stays published, but the withdrawn child is no longer paid")
                .containsExactlyInAnyOrder(parent.claimant("Zoë"), parent.claimant("Noor"));
        assertThat(runs.create(settlement, UUID.randomUUID(), null))
                .as("nor in a later run")
                .isEmpty();
    }

    @Test
    void twoRunsCreatedAtTheSameMomentNeverPayAShareTwice() throws Exception {
        Dossier parent = threeChildren("payrace");
        UUID settlement = settlementOf(TestAllocations.publish(jdbc, parent, 5_00, true, "CHILD_ONLY", false));
        for (String name : List.of("Zoë", "Sem", "Noor")) {
            TestBankAccounts.confirmed(jdbc, parent, name, "NL91ABNA0417164300", name);
        }

        for (int attempt = 0; attempt < 3; attempt++) {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Optional<UUID>>> racing = new ArrayList<>();
            for (int runner = 0; runner < 2; runner++) {
                racing.add(CompletableFuture.supplyAsync(() -> {
                    await(start);
                    try {
                        return runs.create(settlement, UUID.randomUUID(), null);
                    } catch (DuplicateKeyException lostTheRace) {
                        return Optional.empty();
                    }
                }));
            }
            start.countDown();
            for (CompletableFuture<Optional<UUID>> runner : racing) {
                runner.get();
            }
        }

        assertThat(jdbc.sql("""
                        select count(*) from payment p join allocation a on a.id = p.allocation_id
                        where a.settlement_id = ? and p.live = true""").param(settlement).query(Long.class).single()).isEqualTo(3);
        assertThatThrownBy(() -> jdbc.sql("""
                                insert into payment (id, run_id, settlement_id, allocation_id, claimant_id,
                                    bank_account_id, amount_cents, end_to_end_id, file_number, state, live)
                                select ?, run_id, settlement_id, allocation_id, claimant_id, bank_account_id,
                                    amount_cents, ?, file_number, 'IN_FLIGHT', true
                                from payment where claimant_id = ?""")
                        .params(
                                UUID.randomUUID(),
                                "TWICE" + UUID.randomUUID().toString().substring(0, 8),
                                parent.claimant("Sem"))
                        .update())
                .as("the database itself refuses a second live payment of a share")
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void aNewVersionPublishedAfterAPaymentPaysNobodyTwiceAndListsTheChangedAmountsForFinance() throws Exception {
        Dossier parent = threeChildren("payversion");
        UUID first = TestAllocations.publish(jdbc, parent, 10_00, true, "CHILD_ONLY", false);
        UUID settlement = settlementOf(first);
        for (String name : List.of("Zoë", "Sem")) {
            TestBankAccounts.confirmed(jdbc, parent, name, "NL91ABNA0417164300", name);
        }
        UUID paid = TestPaymentRuns.approved(context, jdbc, first);
        assertThat(runs.find(paid).orElseThrow().payments()).isEqualTo(2);

        UUID second = TestAllocations.publishNextVersion(
                jdbc,
                first,
                Map.of(
                        parent.claimant("Zoë"), 10_00L,
                        parent.claimant("Sem"), 12_50L,
                        parent.claimant("Noor"), 9_00L));
        assertThat(runs.create(settlement, UUID.randomUUID(), null))
                .as("Zoë and Sem were paid under version 1; Noor has no account yet")
                .isEmpty();
        assertThatThrownBy(() -> jdbc.sql("""
                                insert into payment (id, run_id, settlement_id, allocation_id, claimant_id,
                                    bank_account_id, amount_cents, end_to_end_id, file_number, state, live)
                                select ?, run_id, settlement_id, ?, claimant_id, bank_account_id, 250, ?,
                                    file_number, 'IN_FLIGHT', true
                                from payment where claimant_id = ?""")
                        .params(
                                UUID.randomUUID(),
                                second,
                                "AGAIN" + UUID.randomUUID().toString().substring(0, 8),
                                parent.claimant("Sem"))
                        .update())
                .as("the database refuses a live payment of Sem's version-2 share while version 1's is live")
                .isInstanceOf(DuplicateKeyException.class);

        TestBankAccounts.confirmed(jdbc, parent, "Noor", "BE68539007547034", "Noor");
        UUID later = runs.create(settlement, UUID.randomUUID(), null).orElseThrow();
        assertThat(jdbc.sql("select claimant_id, allocation_id, amount_cents from payment where run_id = ?")
                        .param(later)
                        .query((rs, n) -> List.of(rs.getObject(1), rs.getObject(2), rs.getLong(3)))
                        .list())
                .as("only Noor, at her version-2 amount")
                .containsExactly(List.of(parent.claimant("Noor"), second, 9_00L));

        PaymentFigures figures = ledger.figures(settlement);
        assertThat(figures.changedAfterPayment()).isEqualTo(1);
        assertThat(figures.owedAfterPaymentCents()).isEqualTo(2_50);
        assertThat(figures.overpaidCents()).isZero();
        assertThat(figures.inFlight()).isEqualTo(new Tally(3, 29_00));
        assertThat(ledger.paidAtAnotherAmount(settlement, 10))
                .containsExactly(
                        new PaidAtAnotherAmount(parent.registration(), parent.claimant("Sem"), 1, 10_00, 12_50));
        StaffMvc finance = new StaffMvc(webContext, TestStaff.create(jdbc, StaffRole.FINANCE));
        String page = Jsoup.parse(finance.page(get("/backoffice/payout/settlements/" + settlement + "/allocation")))
                .text()
                .replace('\u00a0', ' ');
        assertThat(page)
                .contains("Betaald onder een eerdere versie, nu een ander bedrag")
                .contains(parent.claimant("Sem").toString())
                .contains("€ 2,50")
                .doesNotContain(parent.claimant("Zoë").toString());
    }

    private Dossier threeChildren(String prefix) {
        String lastName = Dossiers.uniqueLastName("Betaal");
        Dossier parent = Dossiers.confirmed(
                port,
                jdbc,
                TestCampaign.create(context, prefix).slug(),
                Dossiers.uniqueEmail("ouder"),
                TestAllocations.child(clock, "Zoë", lastName, 14),
                TestAllocations.child(clock, "Sem", lastName, 12),
                TestAllocations.child(clock, "Noor", lastName, 10));
        TestAllocations.agreed(jdbc, parent);
        return parent;
    }

    private UUID settlementOf(UUID allocation) {
        return jdbc.sql("select settlement_id from allocation where id = ?")
                .param(allocation)
                .query(UUID.class)
                .single();
    }

    private static void await(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
