package nl.claimdesk.registration;

import static nl.claimdesk.registration.Funnel.child;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.claimdesk.Ages;
import nl.claimdesk.ServerTest;
import nl.claimdesk.audit.backoffice.AuditTrail;
import nl.claimdesk.campaign.RegistrationCounter;
import nl.claimdesk.campaign.TestCampaign;
import nl.claimdesk.email.QueuedMails;
import nl.claimdesk.email.TestMailServer;
import nl.claimdesk.registration.Dossiers.Dossier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Withdrawing (opzeggen) from Mijn dossier: one claimant, or the whole registration, each confirmed by mail, in the
 * history and the audit log; the public counter drops only when the registration as a whole is gone.
 */
@ServerTest
class WithdrawalTest {

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RegistrationCounter counter;

    private TestCampaign campaign;
    private String last;
    private Dossier parent;

    @BeforeEach
    void parentOfTwo() {
        campaign = TestCampaign.create(context, "withdraw");
        last = Dossiers.uniqueLastName("de Boer");
        parent = Dossiers.confirmed(
                port,
                jdbc,
                campaign.slug(),
                Dossiers.uniqueEmail("ouder"),
                child("Sem", last, Ages.childBornYearsAgo(clock, 14), 7),
                child("Lotte", last, Ages.childBornYearsAgo(clock, 12), 6, 9));
        assertThat(campaign.registrations(context)).isEqualTo(1);
    }

    @Test
    void withdrawingOneChildEndsOnlyThatChildsParticipation() {
        HttpResponse<String> confirmation = parent.client().get(parent.claimantPath("Sem") + "/withdraw");
        assertThat(confirmation.statusCode()).isEqualTo(200);
        assertThat(confirmation.body()).contains("Sem " + last).doesNotContain("Lotte " + last);
        assertThat(status("Sem")).as("asking is not withdrawing").isEqualTo("REGISTERED");

        OffsetDateTime before = OffsetDateTime.now(clock).minusSeconds(1);
        HttpResponse<String> withdrawn =
                parent.client().post(parent.claimantPath("Sem") + "/withdraw", "reason", "Geen zin meer");
        assertThat(withdrawn.statusCode()).isEqualTo(302);
        assertThat(withdrawn.headers().firstValue("Location").orElseThrow()).contains("/dossier");

        assertThat(status("Sem")).isEqualTo("WITHDRAWN");
        assertThat(jdbc.sql("select withdrawn_at from claimant where id = ?")
                        .param(parent.claimant("Sem"))
                        .query(OffsetDateTime.class)
                        .single())
                .isAfter(before);
        assertThat(status("Lotte")).isEqualTo("REGISTERED");
        assertThat(registrationWithdrawnAt()).as("Lotte still takes part").isNull();
        assertThat(events("CLAIMANT_WITHDRAWN", parent.claimant("Sem"))).isEqualTo(1);
        assertThat(events("WITHDRAWN", null)).isZero();
        assertThat(audit("claimant.withdrawn", parent.claimant("Sem")))
                .singleElement()
                .satisfies(details ->
                        assertThat(details).contains("channel=ONLINE").doesNotContain("Geen zin meer"));
        assertThat(campaign.registrations(context))
                .as("the registration still counts while a child takes part")
                .isEqualTo(1);

        String mail = TestMailServer.plainText(TestMailServer.awaitMail(parent.email(), "opzegging"));
        assertThat(mail).contains("Sem " + last).doesNotContain("Lotte " + last);

        String dossier = parent.client().get("/dossier").body();
        assertThat(dossier).contains("Opgezegd").contains(parent.claimantPath("Lotte") + "/withdraw");
        assertThat(dossier).doesNotContain(parent.claimantPath("Sem") + "/withdraw");

        HttpResponse<String> again = parent.client().post(parent.claimantPath("Sem") + "/withdraw");
        assertThat(again.statusCode())
                .as("a withdrawn child cannot be withdrawn again")
                .isEqualTo(404);
        assertThat(events("CLAIMANT_WITHDRAWN", parent.claimant("Sem"))).isEqualTo(1);
        assertThat(mailsOfKind("registration.withdrawn")).isEqualTo(1);
    }

    @Test
    void withdrawingTheWholeRegistrationWithdrawsEveryChildAndLeavesTheCounter() {
        long shown = counter.registrations(campaign.id());
        HttpResponse<String> confirmation = parent.client().get(parent.registrationPath() + "/withdraw");
        assertThat(confirmation.statusCode()).isEqualTo(200);
        assertThat(confirmation.body()).contains("Sem " + last, "Lotte " + last);
        assertThat(registrationWithdrawnAt()).as("asking is not withdrawing").isNull();

        HttpResponse<String> withdrawn = parent.client().post(parent.registrationPath() + "/withdraw", "reason", "");
        assertThat(withdrawn.statusCode()).isEqualTo(302);

        assertThat(status("Sem")).isEqualTo("WITHDRAWN");
        assertThat(status("Lotte")).isEqualTo("WITHDRAWN");
        assertThat(registrationWithdrawnAt()).isNotNull();
        assertThat(jdbc.sql("select withdrawal_channel from registration where id = ?")
                        .param(parent.registration())
                        .query(String.class)
                        .single())
                .isEqualTo("ONLINE");
        assertThat(events("WITHDRAWN", null)).isEqualTo(1);
        assertThat(audit("registration.withdrawn", parent.registration())).hasSize(1);
        assertThat(campaign.registrations(context))
                .as("the stored count, as a fresh node reads it")
                .isZero();
        Awaitility.await()
                .atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(counter.registrations(campaign.id()))
                        .as("the public counter, within its staleness bound")
                        .isEqualTo(shown - 1));

        String mail = TestMailServer.plainText(TestMailServer.awaitMail(parent.email(), "opzegging"));
        assertThat(mail).contains("aanmelding voor de " + campaign.name() + " opgezegd");
        String dossier = parent.client().get("/dossier").body();
        assertThat(dossier).doesNotContain(parent.registrationPath() + "/withdraw");
        assertThat(parent.client().get(parent.registrationPath() + "/withdraw").statusCode())
                .isEqualTo(404);
        assertThat(parent.client()
                        .get(parent.registrationPath() + "/children/new")
                        .statusCode())
                .as("no child is added to a withdrawn registration")
                .isEqualTo(404);

        HttpResponse<String> again = parent.client().post(parent.registrationPath() + "/withdraw");
        assertThat(again.statusCode()).isIn(302, 404);
        assertThat(events("WITHDRAWN", null))
                .as("a second withdrawal changes nothing")
                .isEqualTo(1);
        assertThat(audit("registration.withdrawn", parent.registration())).hasSize(1);
        assertThat(mailsOfKind("registration.withdrawn")).isEqualTo(1);
        assertThat(campaign.registrations(context)).isZero();
    }

    @Test
    void withdrawingTheLastChildWithdrawsTheRegistration() {
        assertThat(parent.client()
                        .post(parent.claimantPath("Sem") + "/withdraw")
                        .statusCode())
                .isEqualTo(302);
        assertThat(registrationWithdrawnAt()).isNull();
        assertThat(campaign.registrations(context)).isEqualTo(1);

        assertThat(parent.client()
                        .post(parent.claimantPath("Lotte") + "/withdraw")
                        .statusCode())
                .isEqualTo(302);
        assertThat(registrationWithdrawnAt()).isNotNull();
        assertThat(events("WITHDRAWN", null)).isEqualTo(1);
        assertThat(campaign.registrations(context)).isZero();
        TestMailServer.awaitMails(parent.email(), 3);
        assertThat(TestMailServer.mailsTo(parent.email()).stream()
                        .map(TestMailServer::plainText)
                        .filter(text -> text.contains("opgezegd. Je doet niet meer mee"))
                        .count())
                .as("the last withdrawal is confirmed as the end of the whole registration")
                .isEqualTo(1);

        assertThat(parent.client().post(parent.registrationPath() + "/withdraw").statusCode())
                .isIn(302, 404);
        assertThat(events("WITHDRAWN", null)).isEqualTo(1);
        assertThat(campaign.registrations(context)).isZero();
    }

    private String status(String firstName) {
        return jdbc.sql("select status from claimant where id = ?")
                .param(parent.claimant(firstName))
                .query(String.class)
                .single();
    }

    private OffsetDateTime registrationWithdrawnAt() {
        return jdbc.sql("select withdrawn_at from registration where id = ?")
                .param(parent.registration())
                .query(OffsetDateTime.class)
                .optional()
                .orElse(null);
    }

    private long events(String kind, UUID claimant) {
        return jdbc.sql("select count(*) from registration_event where registration_id = ? and kind = ?"
                        + (claimant == null ? " and claimant_id is null" : " and claimant_id = ?"))
                .params(
                        claimant == null
                                ? List.of(parent.registration(), kind)
                                : List.of(parent.registration(), kind, claimant))
                .query(Long.class)
                .single();
    }

    private List<String> audit(String action, UUID subject) {
        return AuditTrail.details(context, null, action, subject);
    }

    private long mailsOfKind(String kind) {
        return new QueuedMails(jdbc).ofKind(parent.account(), kind);
    }
}
