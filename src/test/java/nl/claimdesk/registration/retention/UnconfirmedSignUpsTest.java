package nl.claimdesk.registration.retention;

import static nl.claimdesk.registration.Funnel.child;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import nl.claimdesk.Ages;
import nl.claimdesk.ServerTest;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.audit.backoffice.AuditTrail;
import nl.claimdesk.campaign.TestCampaign;
import nl.claimdesk.email.QueuedMails;
import nl.claimdesk.email.TestMailServer;
import nl.claimdesk.email.UndeliverableAddresses;
import nl.claimdesk.identity.StaffMvc;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.registration.Dossiers;
import nl.claimdesk.registration.Dossiers.Dossier;
import nl.claimdesk.registration.Funnel;
import nl.claimdesk.registration.SiteClient;
import nl.claimdesk.shared.StaffRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.WebApplicationContext;

/**
 * The retention of sign-ups whose address was never confirmed (30 days by default): one reminder halfway with a
 * fresh link, then everything about the registration goes, and the account too when it has nothing else. The
 * sign-ups are made old by moving their creation time back, so the jobs run on the real clock and touch no one
 * else's fresh sign-up in a shared database.
 */
@ServerTest
class UnconfirmedSignUpsTest {

    @Autowired
    UndeliverableAddresses undeliverable;

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    WebApplicationContext web;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UnconfirmedSignUps jobs;

    private TestCampaign campaign;

    @BeforeEach
    void campaign() {
        campaign = TestCampaign.create(context, "purge");
    }

    @Test
    void anUnconfirmedSignUpIsRemindedOnceHalfwayAndErasedAtTheEnd() {
        String last = Dossiers.uniqueLastName("Dekker");
        Dossier unconfirmed = Dossiers.signUp(
                port,
                jdbc,
                campaign.slug(),
                Dossiers.uniqueEmail("vergeten"),
                child("Sem", last, Ages.childBornYearsAgo(clock, 14), 7));
        Dossier confirmed = Dossiers.confirmed(
                port,
                jdbc,
                campaign.slug(),
                Dossiers.uniqueEmail("bevestigd"),
                child("Lotte", Dossiers.uniqueLastName("Dekker"), Ages.childBornYearsAgo(clock, 12), 6));
        assertThat(campaign.registrations(context)).isEqualTo(2);
        Map<String, Object> confirmedBefore = registrationRow(confirmed);

        age(unconfirmed, 14);
        age(confirmed, 14);
        jobs.remind();
        assertThat(remindedAt(unconfirmed)).as("before halfway").isNull();

        age(unconfirmed, 16);
        age(confirmed, 16);
        assertThat(jobs.remind()).isGreaterThanOrEqualTo(1);
        assertThat(remindedAt(unconfirmed)).isNotNull();
        assertThat(remindedAt(confirmed))
                .as("a confirmed sign-up needs no reminder")
                .isNull();
        assertThat(reminders(unconfirmed)).isEqualTo(1);
        assertThat(reminders(confirmed)).isZero();
        String link = TestMailServer.linkPath(
                TestMailServer.awaitMail(unconfirmed.email(), "Herinnering"), "/nl/bevestigen/");
        HttpResponse<String> opened = new SiteClient(port).get(link);
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(opened.body()).as("a fresh, working link").doesNotContain("verlopen", "al gebruikt", "werkt niet");

        jobs.remind();
        assertThat(reminders(unconfirmed)).as("one reminder only").isEqualTo(1);
        assertThat(events(unconfirmed.registration(), "REMINDED")).isEqualTo(1);

        age(unconfirmed, 29);
        jobs.purge();
        assertThat(exists("registration", "id", unconfirmed.registration()))
                .as("before the end of the period")
                .isTrue();

        // As a class version published meanwhile leaves it.
        jdbc.sql("insert into claimant_class (claimant_id, status, version, changed_in) values (?, 'IN_CLASS', 1, 1)")
                .param(unconfirmed.claimant("Sem"))
                .update();
        undeliverable.mark(unconfirmed.email(), UndeliverableAddresses.Source.SMTP, "550 5.1.1 User unknown");
        age(unconfirmed, 31);
        age(confirmed, 31);
        assertThat(jobs.purge()).isGreaterThanOrEqualTo(1);

        assertThat(exists("registration", "id", unconfirmed.registration())).isFalse();
        assertThat(exists("claimant", "registration_id", unconfirmed.registration()))
                .isFalse();
        assertThat(exists("registration_event", "registration_id", unconfirmed.registration()))
                .isFalse();
        assertThat(exists("claimant_identity", "claimant_id", unconfirmed.claimant("Sem")))
                .isFalse();
        assertThat(exists("claimant_class", "claimant_id", unconfirmed.claimant("Sem")))
                .as("its class status, which no foreign key removes")
                .isFalse();
        assertThat(exists("one_time_token", "account_id", unconfirmed.account()))
                .isFalse();
        assertThat(new QueuedMails(jdbc).about(unconfirmed.account())).isZero();
        assertThat(exists("account", "id", unconfirmed.account()))
                .as("an account with nothing else goes too")
                .isFalse();
        assertThat(undeliverable.isUndeliverable(unconfirmed.email()))
                .as("and the mark of its address")
                .isFalse();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'registration.purged' and subject_id = ?")
                        .param(unconfirmed.registration().toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(campaign.registrations(context)).isEqualTo(1);

        assertThat(registrationRow(confirmed))
                .as("a confirmed sign-up of the same age is untouched")
                .isEqualTo(withCreatedAtOf(confirmedBefore, registrationRow(confirmed)));
        assertThat(exists("claimant", "registration_id", confirmed.registration()))
                .isTrue();
        assertThat(exists("account", "id", confirmed.account())).isTrue();

        jobs.purge();
        jobs.remind();
        assertThat(campaign.registrations(context))
                .as("running again changes nothing")
                .isEqualTo(1);
        assertThat(exists("registration", "id", confirmed.registration())).isTrue();
    }

    @Test
    void anAccountWithAConfirmedSignUpElsewhereStaysWhenItsUnconfirmedOneGoes() {
        TestCampaign other = TestCampaign.create(context, "purge-other");
        String email = Dossiers.uniqueEmail("twee");
        Dossier first = Dossiers.confirmed(
                port,
                jdbc,
                campaign.slug(),
                email,
                child("Sem", Dossiers.uniqueLastName("Kok"), Ages.childBornYearsAgo(clock, 14), 7));
        SiteClient client = new SiteClient(port);
        new Funnel(client, other.slug())
                .signUpChildren(
                        email, child("Lotte", Dossiers.uniqueLastName("Kok"), Ages.childBornYearsAgo(clock, 12), 6));
        Dossier second = Dossiers.find(client, jdbc, other.slug(), email);
        assertThat(second.account()).isEqualTo(first.account());
        assertThat(other.registrations(context)).isEqualTo(1);

        age(second, 31);
        jobs.purge();

        assertThat(exists("registration", "id", second.registration())).isFalse();
        assertThat(other.registrations(context)).isZero();
        assertThat(exists("registration", "id", first.registration())).isTrue();
        assertThat(exists("account", "id", first.account()))
                .as("the account still has a sign-up")
                .isTrue();
        assertThat(campaign.registrations(context)).isEqualTo(1);
    }

    @Test
    void whatTheBackOfficeWroteAboutAnUnconfirmedSignUpIsErasedWithIt() throws Exception {
        String last = Dossiers.uniqueLastName("Smit");
        Dossier unconfirmed = Dossiers.signUp(
                port,
                jdbc,
                campaign.slug(),
                Dossiers.uniqueEmail("nooit"),
                child("Sem", last, Ages.childBornYearsAgo(clock, 14), 7));
        StaffMvc staff = new StaffMvc(web, TestStaff.create(jdbc, StaffRole.CASE_HANDLER));
        String file = "/backoffice/files/" + unconfirmed.registration();
        assertThat(staff.send(post(file + "/mail").param("reason", "Mevrouw " + last + " belde: geen mail"))
                        .getStatus())
                .isEqualTo(302);
        assertThat(staff.send(post(file + "/claimants/" + unconfirmed.claimant("Sem") + "/fraud")
                                .param("suspected", "yes")
                                .param("reason", "Sem " + last + " onbekend op school"))
                        .getStatus())
                .isEqualTo(302);
        assertThat(AuditTrail.details(context, Actor.Kind.STAFF, "registration.mail-sent", unconfirmed.registration()))
                .singleElement()
                .asString()
                .contains("Mevrouw " + last);

        age(unconfirmed, 31);
        jobs.purge();

        assertThat(exists("registration", "id", unconfirmed.registration())).isFalse();
        assertThat(AuditTrail.details(context, Actor.Kind.STAFF, "registration.mail-sent", unconfirmed.registration()))
                .as("the entry stays, what it said about the person does not")
                .containsExactly(AuditTrail.ERASED);
        assertThat(AuditTrail.details(context, Actor.Kind.STAFF, "fraud.marked", unconfirmed.claimant("Sem")))
                .containsExactly(AuditTrail.ERASED);
        assertThat(exists("audit_subject_key", "subject_id", unconfirmed.registration()))
                .isFalse();
        assertThat(exists("audit_subject_key", "subject_id", unconfirmed.claimant("Sem")))
                .isFalse();
    }

    private void age(Dossier dossier, int days) {
        jdbc.sql("update registration set created_at = ? where id = ?")
                .params(OffsetDateTime.now(clock).minusDays(days), dossier.registration())
                .update();
    }

    private OffsetDateTime remindedAt(Dossier dossier) {
        return jdbc.sql("select reminded_at from registration where id = ?")
                .param(dossier.registration())
                .query(OffsetDateTime.class)
                .optional()
                .orElse(null);
    }

    private long reminders(Dossier dossier) {
        return new QueuedMails(jdbc).ofKind(dossier.account(), "registration.reminder");
    }

    private long events(UUID registration, String kind) {
        return jdbc.sql("select count(*) from registration_event where registration_id = ? and kind = ?")
                .params(registration, kind)
                .query(Long.class)
                .single();
    }

    private boolean exists(String table, String column, UUID value) {
        return jdbc.sql("select count(*) from " + table + " where " + column + " = ?")
                        .param(value)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private Map<String, Object> registrationRow(Dossier dossier) {
        return jdbc.sql("select * from registration where id = ?")
                .param(dossier.registration())
                .query()
                .singleRow();
    }

    /** {@code row} with the creation time of {@code now}: the test itself moved it. */
    private static Map<String, Object> withCreatedAtOf(Map<String, Object> row, Map<String, Object> now) {
        Map<String, Object> copy = new java.util.LinkedHashMap<>(row);
        copy.put("created_at", now.get("created_at"));
        return copy;
    }
}
