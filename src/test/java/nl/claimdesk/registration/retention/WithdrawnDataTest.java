package nl.claimdesk.registration.retention;

import static nl.claimdesk.registration.Funnel.child;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import nl.claimdesk.Ages;
import nl.claimdesk.ServerTest;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.audit.backoffice.AuditTrail;
import nl.claimdesk.campaign.TestCampaign;
import nl.claimdesk.dossier.TestAgreements;
import nl.claimdesk.identity.StaffMvc;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.registration.Dossiers;
import nl.claimdesk.registration.Dossiers.Dossier;
import nl.claimdesk.shared.StaffRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.WebApplicationContext;

/**
 * The daily erasure after a withdrawal (grace period 30 days): what goes (names, dates of birth, postcode, identity
 * keys, and the personal values in the audit log), what stays (the acceptance as proof, the reference, the dated
 * history, the audit entries themselves), when (not a day before the grace period ends) and that a second run
 * changes nothing. Withdrawals are made old by moving their time back, so the job runs on the real clock.
 */
@ServerTest
class WithdrawnDataTest {

    private static final Duration GRACE = Duration.ofDays(30);

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WithdrawnData job;

    private String last;
    private Dossier parent;
    private StaffMvc staff;

    @BeforeEach
    void parentOfTwo() {
        TestCampaign campaign = TestCampaign.create(context, "retention");
        TestAgreements.publish(context, campaign.id());
        last = Dossiers.uniqueLastName("Mulder");
        parent = Dossiers.confirmed(
                port,
                jdbc,
                campaign.slug(),
                Dossiers.uniqueEmail("ouder"),
                child("Sem", last, Ages.childBornYearsAgo(clock, 14), 7),
                child("Lotte", last, Ages.childBornYearsAgo(clock, 12), 6, 9));
        staff = new StaffMvc(context, TestStaff.create(jdbc, StaffRole.CASE_HANDLER));
    }

    @Test
    void aWithdrawnChildIsErasedOnceTheGracePeriodHasPassedWhileTheRestOfTheFileGoesOn() throws Exception {
        markFraud("Lotte", "Juf van Lotte " + last + " kent haar niet");
        markFraud("Sem", "Juf van Sem " + last + " twijfelt");
        withdraw("Lotte");

        ageClaimant("Lotte", GRACE.minusHours(1));
        job.run();
        assertThat(claimant("Lotte").get("first_name"))
                .as("within the grace period")
                .isEqualTo("Lotte");
        assertThat(fraudReason("Lotte")).contains("Juf van Lotte");

        ageClaimant("Lotte", GRACE.plusHours(1));
        assertThat(job.run()).isGreaterThanOrEqualTo(1);

        Map<String, Object> lotte = claimant("Lotte");
        assertThat(lotte.get("first_name")).isNull();
        assertThat(lotte.get("last_name")).isNull();
        assertThat(lotte.get("date_of_birth")).isNull();
        assertThat(lotte.get("anonymised_at")).isNotNull();
        assertThat(lotte.get("status")).as("the withdrawal itself stays").isEqualTo("WITHDRAWN");
        assertThat(count("select count(*) from claimant_identity where claimant_id = ?", parent.claimant("Lotte")))
                .isZero();
        assertThat(fraudReason("Lotte")).isEqualTo(AuditTrail.ERASED);
        assertThat(AuditTrail.details(context, Actor.Kind.PARTICIPANT, "claimant.withdrawn", parent.claimant("Lotte")))
                .as("the entry of the withdrawal stays, its details go with the child")
                .containsExactly(AuditTrail.ERASED);

        assertThat(claimant("Sem").get("first_name")).as("the child who stays").isEqualTo("Sem");
        assertThat(fraudReason("Sem")).contains("Juf van Sem " + last);
        assertThat(registration().get("first_name")).isNotNull();
        assertThat(registration().get("anonymised_at")).isNull();

        Map<String, Long> once = traces();
        Object anonymisedAt = claimant("Lotte").get("anonymised_at");
        job.run();
        assertThat(traces()).as("a second run changes nothing").isEqualTo(once);
        assertThat(claimant("Lotte").get("anonymised_at")).isEqualTo(anonymisedAt);
        assertThat(once)
                .containsEntry("events", 1L)
                .containsEntry("claimantEntries", 1L)
                .containsEntry("registrationEntries", 0L);
    }

    @Test
    void aWithdrawnRegistrationKeepsOnlyTheProofOfItsAgreementOnceTheGracePeriodHasPassed() throws Exception {
        TestAgreements.accept(parent, "Sem", "Anna " + last);
        assertThat(staff.send(post("/backoffice/files/" + parent.registration() + "/mail")
                                .param("reason", "Mevrouw " + last + " belde: geen mail ontvangen"))
                        .getStatus())
                .isEqualTo(302);
        withdraw("Sem");
        withdraw("Lotte");
        assertThat(registration().get("withdrawn_at"))
                .as("nobody left: the registration ends")
                .isNotNull();
        List<Map<String, Object>> proof = acceptances();
        assertThat(proof)
                .singleElement()
                .satisfies(acceptance ->
                        assertThat(acceptance.get("claimant_name")).isEqualTo("Sem " + last));
        long events = count("select count(*) from registration_event where registration_id = ?", parent.registration());

        ageRegistration(GRACE.minusHours(1));
        job.run();
        assertThat(registration().get("anonymised_at"))
                .as("within the grace period")
                .isNull();
        assertThat(claimant("Sem").get("first_name")).isEqualTo("Sem");

        ageRegistration(GRACE.plusHours(1));
        assertThat(job.run()).isGreaterThanOrEqualTo(1);

        Map<String, Object> shell = registration();
        assertThat(shell.get("first_name")).isNull();
        assertThat(shell.get("last_name")).isNull();
        assertThat(shell.get("date_of_birth")).isNull();
        assertThat(shell.get("postcode")).isNull();
        assertThat(shell.get("anonymised_at")).isNotNull();
        assertThat(shell.get("reference")).as("the reference stays").isEqualTo(parent.reference());
        for (String child : List.of("Sem", "Lotte")) {
            assertThat(claimant(child).get("first_name")).isNull();
            assertThat(claimant(child).get("date_of_birth")).isNull();
            assertThat(claimant(child).get("status")).isEqualTo("WITHDRAWN");
        }
        assertThat(acceptances())
                .as("the proof of the agreement stays exactly as it was")
                .isEqualTo(proof);
        assertThat(count("select count(*) from registration_event where registration_id = ?", parent.registration()))
                .as("the dated history stays, with the anonymisation added")
                .isEqualTo(events + 1);
        assertThat(AuditTrail.details(context, Actor.Kind.STAFF, "registration.mail-sent", parent.registration()))
                .containsExactly(AuditTrail.ERASED);
        assertThat(count(
                        "select count(*) from audit_subject_key where subject_id in (?, ?, ?)",
                        parent.registration(),
                        parent.claimant("Sem"),
                        parent.claimant("Lotte")))
                .isZero();
        assertThat(textsOfTheFile()).doesNotContain(last.toLowerCase(java.util.Locale.ROOT));

        Map<String, Long> once = traces();
        job.run();
        assertThat(traces()).as("a second run changes nothing").isEqualTo(once);
        assertThat(once).containsEntry("events", 1L).containsEntry("registrationEntries", 1L);
    }

    private void markFraud(String child, String reason) throws Exception {
        assertThat(staff.send(post("/backoffice/files/" + parent.registration() + "/claimants/" + parent.claimant(child)
                                        + "/fraud")
                                .param("suspected", "yes")
                                .param("reason", reason))
                        .getStatus())
                .isEqualTo(302);
    }

    private void withdraw(String child) {
        assertThat(parent.client()
                        .post(parent.claimantPath(child) + "/withdraw", "reason", "Geen zin meer")
                        .statusCode())
                .isEqualTo(302);
    }

    private String fraudReason(String child) {
        return AuditTrail.details(context, Actor.Kind.STAFF, "fraud.marked", parent.claimant(child))
                .getFirst();
    }

    private void ageClaimant(String child, Duration ago) {
        jdbc.sql("update claimant set withdrawn_at = ? where id = ?")
                .params(OffsetDateTime.now(clock).minus(ago), parent.claimant(child))
                .update();
    }

    private void ageRegistration(Duration ago) {
        OffsetDateTime at = OffsetDateTime.now(clock).minus(ago);
        jdbc.sql("update registration set withdrawn_at = ? where id = ?")
                .params(at, parent.registration())
                .update();
        jdbc.sql("update claimant set withdrawn_at = ? where registration_id = ?")
                .params(at, parent.registration())
                .update();
    }

    /** What each run leaves behind about this file: history events of the job and its audit entries. */
    private Map<String, Long> traces() {
        return Map.of(
                "events",
                count(
                        "select count(*) from registration_event where registration_id = ? and kind = 'ANONYMISED_AFTER_WITHDRAWAL'",
                        parent.registration()),
                "claimantEntries",
                count(
                        "select count(*) from audit_entry where action = 'claimant.anonymised' and subject_id = ?",
                        parent.claimant("Lotte").toString()),
                "registrationEntries",
                count(
                        "select count(*) from audit_entry where action = 'registration.anonymised' and subject_id = ?",
                        parent.registration().toString()));
    }

    /** Every text of the registration's and its claimants' rows, lower case. */
    private String textsOfTheFile() {
        return (registration().values() + " " + claimant("Sem").values() + " "
                        + claimant("Lotte").values())
                .toLowerCase(java.util.Locale.ROOT);
    }

    private Map<String, Object> registration() {
        return jdbc.sql("""
                        select first_name, last_name, date_of_birth, postcode, withdrawn_at, anonymised_at, reference,
                            name_key, last_name_key, postcode_key
                        from registration where id = ?""").param(parent.registration()).query().singleRow();
    }

    private Map<String, Object> claimant(String child) {
        return jdbc.sql("""
                        select first_name, last_name, date_of_birth, status, anonymised_at, name_key, last_name_key
                        from claimant where id = ?""").param(parent.claimant(child)).query().singleRow();
    }

    private List<Map<String, Object>> acceptances() {
        return jdbc.sql("select * from agreement_acceptance where registration_id = ?")
                .param(parent.registration())
                .query()
                .listOfRows();
    }

    private long count(String sql, Object... parameters) {
        return jdbc.sql(sql).params(parameters).query(Long.class).single();
    }
}
