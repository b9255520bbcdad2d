package nl.claimdesk.dossier;

import static nl.claimdesk.registration.Funnel.child;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import nl.claimdesk.Ages;
import nl.claimdesk.ServerTest;
import nl.claimdesk.campaign.TestCampaign;
import nl.claimdesk.email.QueuedMails;
import nl.claimdesk.email.TestMailServer;
import nl.claimdesk.email.UndeliverableAddresses;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.news.MailingKind;
import nl.claimdesk.news.TestMailings;
import nl.claimdesk.payout.TestAllocations;
import nl.claimdesk.payout.TestBankAccounts;
import nl.claimdesk.payout.TestPaymentRuns;
import nl.claimdesk.registration.Dossiers;
import nl.claimdesk.registration.Dossiers.Dossier;
import nl.claimdesk.registration.SiteClient;
import nl.claimdesk.shared.StaffRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Erasure on the participant's request keeps exactly what the rule says: the proof of an accepted agreement and of
 * its withdrawal (the acceptance, and an anonymous withdrawn shell of the registration with its history), and the
 * bookkeeping of payments made; nothing else of the person is left anywhere in the database.
 */
@ServerTest
class ErasureTest {

    /**
     * Tables where a trace of the participant may stay after erasure: the back office's append-only audit log (who
     * did what to which id, when, from which network; personal values in its details are sealed and become unreadable
     * on erasure, see AuditErasureTest) and short-lived rate-limit counters.
     */
    private static final Set<String> TRACES_ALLOWED = Set.of("audit_entry", "rate_limit_window");

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UndeliverableAddresses undeliverable;

    private TestCampaign campaign;
    private String last;
    private Dossier parent;

    @BeforeEach
    void participant() {
        campaign = TestCampaign.create(context, "erase");
        TestAgreements.publish(context, campaign.id());
        last = Dossiers.uniqueLastName("Willems");
        parent = Dossiers.confirmed(
                port,
                jdbc,
                campaign.slug(),
                Dossiers.uniqueEmail("wis"),
                child("Sem", last, Ages.childBornYearsAgo(clock, 14), 7),
                child("Lotte", last, Ages.childBornYearsAgo(clock, 12), 6, 9));
        SiteClient client = parent.client();
        client.get("/dossier/preferences");
        client.post("/dossier/preferences");
        client.get("/dossier/email");
        client.post("/dossier/email", "email", Dossiers.uniqueEmail("nieuw"));
        assertThat(count("select count(*) from mail_preference where account_id = ?", parent.account()))
                .isEqualTo(1);
        assertThat(count("select count(*) from email_change where account_id = ?", parent.account()))
                .isEqualTo(1);
        TestMailings.sent(context, campaign.id(), TestStaff.create(jdbc, StaffRole.EDITOR), MailingKind.LEGAL_NOTICE);
        assertThat(count("select count(*) from news_recipient where account_id = ?", parent.account()))
                .as("on the list of a legal notice")
                .isEqualTo(1);
        undeliverable.mark(parent.email(), UndeliverableAddresses.Source.BOUNCE, "5.2.2 mailbox full for good");
    }

    @Test
    void withoutAnAcceptanceNothingOfTheParticipantIsLeft() {
        assertThat(parent.client()
                        .post(parent.claimantPath("Lotte") + "/withdraw")
                        .statusCode())
                .isEqualTo(302);
        assertThat(campaign.registrations(context)).isEqualTo(1);

        HttpResponse<String> confirmation = parent.client().get("/dossier/erase");
        assertThat(confirmation.statusCode()).isEqualTo(200);
        assertThat(count("select count(*) from account where id = ?", parent.account()))
                .as("asking is not erasing")
                .isEqualTo(1);
        HttpResponse<String> erased = parent.client().post("/dossier/erase");
        assertThat(erased.statusCode()).isEqualTo(200);
        assertThat(erased.body())
                .contains("Je gegevens zijn gewist")
                .contains("Helemaal gewist: aanmelding " + parent.reference())
                .doesNotContain("anoniem gemaakt")
                .contains("Je bent uitgelogd");

        Map<String, Long> left = references();
        assertThat(left).as("rows that still point at the participant").isEmpty();
        assertThat(tracesOf(last)).as("where the family name still occurs").isEmpty();
        assertThat(tracesOf(parent.email()))
                .as("where the address still occurs")
                .isEmpty();
        assertThat(campaign.registrations(context)).isZero();
        assertLoggedOut();
    }

    @Test
    void erasureEndsTheParticipantsSessionsOnEveryDevice() {
        SiteClient otherDevice = new SiteClient(port);
        int before = TestMailServer.mailsTo(parent.email()).size();
        otherDevice.get("/nl/inloggen");
        otherDevice.post("/nl/inloggen", "email", parent.email());
        String link = TestMailServer.linkPath(
                TestMailServer.awaitMails(parent.email(), before + 1).get(before), "/nl/inloggen/");
        otherDevice.get(link);
        otherDevice.post(link);
        assertThat(otherDevice.get("/dossier").statusCode())
                .as("logged in on a second device")
                .isEqualTo(200);

        assertThat(parent.client().post("/dossier/erase").statusCode()).isEqualTo(200);

        HttpResponse<String> afterwards = otherDevice.get("/dossier");
        assertThat(afterwards.statusCode()).isEqualTo(302);
        assertThat(afterwards.headers().firstValue("Location").orElseThrow()).endsWith("/nl/inloggen");
        assertThat(count(
                        "select count(*) from spring_session where principal_name = ?",
                        parent.account().toString()))
                .isZero();
    }

    @Test
    void withAnAcceptanceOnlyTheProofAndAnAnonymousWithdrawnShellRemain() {
        TestAgreements.accept(parent, "Sem", "Anna " + last);
        TestMailServer.awaitMail(parent.email(), "is compleet");
        new QueuedMails(jdbc).awaitDrained(); // sent, and its attachment deleted
        List<Map<String, Object>> acceptances = acceptances();
        assertThat(acceptances).hasSize(1);
        long events = count("select count(*) from registration_event where registration_id = ?", parent.registration());

        HttpResponse<String> erased = parent.client().post("/dossier/erase");
        assertThat(erased.statusCode()).isEqualTo(200);
        assertThat(erased.body())
                .contains("Opgezegd en anoniem gemaakt: aanmelding " + parent.reference())
                .contains("Alleen het bewijs van de overeenkomst en de opzegging blijft bewaard")
                .doesNotContain("Helemaal gewist");

        assertThat(acceptances()).as("the proof stays exactly as it was").isEqualTo(acceptances);

        Map<String, Object> shell =
                jdbc.sql("""
                        select first_name, last_name, date_of_birth, postcode, withdrawal_reason, anonymised_at,
                            withdrawn_at, reference from registration where id = ?""").param(parent.registration()).query().singleRow();
        assertThat(shell.get("first_name")).isNull();
        assertThat(shell.get("last_name")).isNull();
        assertThat(shell.get("date_of_birth")).isNull();
        assertThat(shell.get("postcode")).isNull();
        assertThat(shell.get("withdrawal_reason")).isNull();
        assertThat(shell.get("anonymised_at")).isNotNull();
        assertThat(shell.get("withdrawn_at")).isNotNull();
        assertThat(shell.get("reference")).isEqualTo(parent.reference());
        List<Map<String, Object>> claimants = jdbc.sql(
                        "select first_name, last_name, date_of_birth, status, anonymised_at from claimant where registration_id = ?")
                .param(parent.registration())
                .query()
                .listOfRows();
        assertThat(claimants).hasSize(2).allSatisfy(claimant -> {
            assertThat(claimant.get("first_name")).isNull();
            assertThat(claimant.get("last_name")).isNull();
            assertThat(claimant.get("date_of_birth")).isNull();
            assertThat(claimant.get("status")).isEqualTo("WITHDRAWN");
            assertThat(claimant.get("anonymised_at")).isNotNull();
        });
        assertThat(count("select count(*) from registration_event where registration_id = ?", parent.registration()))
                .as("the history of the agreement and its withdrawal stays")
                .isGreaterThan(events);
        assertThat(count(
                        "select count(*) from registration_event where registration_id = ? and kind = 'ANONYMISED'",
                        parent.registration()))
                .isEqualTo(1);
        assertThat(jdbc.sql("select email from account where id = ?")
                        .param(parent.account())
                        .query(String.class)
                        .single())
                .isEqualTo("erased-" + parent.account() + "@invalid");

        Map<String, Long> left = new TreeMap<>(references());
        assertThat(left)
                .as("rows that still point at the participant: the proof and the anonymous shell")
                .containsOnlyKeys("agreement_acceptance", "registration", "claimant", "registration_event");
        assertThat(tracesOf(last))
                .as("the name stays only in the proof: the acceptance names the claimant and the signer")
                .containsOnlyKeys("agreement_acceptance");
        assertThat(tracesOf(parent.email()))
                .as("where the address still occurs")
                .isEmpty();
        assertThat(campaign.registrations(context)).isZero();
        assertLoggedOut();
    }

    /**
     * Payments are the foundation's bookkeeping (kept seven years): after erasure the payment stays, with the shares of
     * the published allocation and the account it was paid into, closed; an account no payment used is deleted.
     */
    @Test
    void aPaymentStaysAsBookkeepingWithItsAccountAndAnUnpaidAccountGoes() {
        TestAgreements.accept(parent, "Sem", "Anna " + last);
        UUID allocation = TestAllocations.publish(jdbc, parent, 9_00, true, "CHILD_ONLY", false);
        UUID paidInto = TestBankAccounts.confirmed(jdbc, parent, "Sem", "NL91ABNA0417164300", "Sem " + last);
        UUID run = TestPaymentRuns.approved(context, jdbc, allocation);
        UUID unpaid = TestBankAccounts.confirmed(jdbc, parent, "Sem", "DE89370400440532013000", "Ouder " + last);
        assertThat(tracesOf("Ouder " + last)).containsKey("bank_account");

        assertThat(parent.client().post("/dossier/erase").statusCode()).isEqualTo(200);

        assertThat(new TreeMap<>(references()))
                .as("the proof, the anonymous shell, and the bookkeeping of the payment")
                .containsOnlyKeys(
                        "agreement_acceptance",
                        "registration",
                        "claimant",
                        "registration_event",
                        "allocation_share",
                        "payment",
                        "bank_account");
        assertThat(jdbc.sql("select id, state from bank_account where claimant_id = ?")
                        .param(parent.claimant("Sem"))
                        .query((rs, n) -> rs.getObject(1) + " " + rs.getString(2))
                        .list())
                .as("the account paid into stays, closed; the unpaid one " + unpaid + " is gone")
                .containsExactly(paidInto + " REPLACED");
        assertThat(count("select count(*) from payment where run_id = ?", run)).isEqualTo(1);
        assertThat(count("select count(*) from allocation_share where allocation_id = ?", allocation))
                .isEqualTo(2);
        assertThat(tracesOf("Ouder " + last)).as("the unpaid account's holder").isEmpty();
        assertThat(tracesOf(last))
                .as("the name stays in the proof and as the payee of the payment")
                .containsOnlyKeys("agreement_acceptance", "bank_account");
        assertThat(tracesOf(parent.email()))
                .as("where the address still occurs")
                .isEmpty();
        assertThat(count("select count(*) from account where id = ?", parent.account()))
                .as("the account's row stays, without an address, for the account paid into")
                .isEqualTo(1);
        assertLoggedOut();
    }

    /**
     * The search for what is left reads bytes and JSON too: a serialised session attribute and the text of a PDF,
     * such as the signed agreement a mail carries as attachment. What the participant's session held goes with the
     * erasure.
     */
    @Test
    void theSearchReadsBinaryColumnsAndNothingOfTheParticipantIsLeftInThem() throws Exception {
        assertThat(PersonalDataCatalogue.opaqueColumns(jdbc))
                .containsEntry("spring_session_attributes", Set.of("attribute_bytes"))
                .containsEntry("outbox_attachment", Set.of("content"));
        TestAgreements.accept(parent, "Sem", "Anna " + last);
        byte[] agreement = parent.client()
                .download(parent.registrationPath() + "/agreement.pdf")
                .body();
        assertThat(OpaqueValues.readable(agreement))
                .as("the text a PDF shows")
                .contains(last.toLowerCase(java.util.Locale.ROOT));
        keepInTheParticipantsSession("claimdesk.test.child", "Lotte " + last);
        assertThat(tracesOf("Lotte " + last))
                .as("a serialised session attribute")
                .containsKey("spring_session_attributes");

        assertThat(parent.client().post("/dossier/erase").statusCode()).isEqualTo(200);

        assertThat(tracesOf("Lotte " + last))
                .as("where the child's name still occurs")
                .isEmpty();
        assertThat(tracesOf(parent.email()))
                .as("where the address still occurs")
                .isEmpty();
    }

    /** Adds an attribute, serialised as the session store does, to the participant's stored session. */
    private void keepInTheParticipantsSession(String name, String value) throws java.io.IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        String session = jdbc.sql("select primary_id from spring_session where principal_name = ?")
                .param(parent.account().toString())
                .query(String.class)
                .list()
                .getFirst();
        jdbc.sql("insert into spring_session_attributes (session_primary_id, attribute_name, attribute_bytes) "
                        + "values (?, ?, ?)")
                .params(session, name, bytes.toByteArray())
                .update();
    }

    /** The tables (outside {@link #TRACES_ALLOWED}) with rows that refer to the participant's account, file or address. */
    private Map<String, Long> references() {
        List<UUID> ids = new java.util.ArrayList<>();
        ids.add(parent.account());
        ids.add(parent.registration());
        ids.addAll(parent.claimants().values());
        Map<String, Long> found = new TreeMap<>();
        PersonalDataCatalogue.rowsReferring(jdbc, ids, List.of(parent.email())).forEach((table, rows) -> {
            if (!TRACES_ALLOWED.contains(table)) {
                found.put(table, (long) rows.size());
            }
        });
        return found;
    }

    /** Where {@code value} still occurs, outside {@link #TRACES_ALLOWED}. */
    private Map<String, Long> tracesOf(String value) {
        Map<String, Long> found = new TreeMap<>(PersonalDataCatalogue.whereFound(jdbc, value));
        TRACES_ALLOWED.forEach(found::remove);
        return found;
    }

    private void assertLoggedOut() {
        HttpResponse<String> dossier = parent.client().get("/dossier");
        assertThat(dossier.statusCode()).isEqualTo(302);
        assertThat(dossier.headers().firstValue("Location").orElseThrow()).endsWith("/nl/inloggen");
    }

    private List<Map<String, Object>> acceptances() {
        return jdbc.sql("select * from agreement_acceptance where registration_id = ?")
                .param(parent.registration())
                .query()
                .listOfRows();
    }

    private long count(String sql, Object parameter) {
        return jdbc.sql(sql).param(parameter).query(Long.class).single();
    }
}
