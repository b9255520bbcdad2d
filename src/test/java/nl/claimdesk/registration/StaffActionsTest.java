package nl.claimdesk.registration;

import static nl.claimdesk.registration.Funnel.child;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.claimdesk.Ages;
import nl.claimdesk.ServerTest;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.audit.backoffice.AuditTrail;
import nl.claimdesk.campaign.TestCampaign;
import nl.claimdesk.email.TestMailServer;
import nl.claimdesk.identity.StaffMvc;
import nl.claimdesk.identity.TestSessions;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.infrastructure.StaffMember;
import nl.claimdesk.registration.Dossiers.Dossier;
import nl.claimdesk.shared.StaffRole;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/**
 * A case handler's actions on a file: each is refused without a reason (with the message next to the field and the
 * input kept), and when done is in the file's history and in the audit log with before and after, and where the
 * participant must know, in a mail.
 */
@ServerTest
class StaffActionsTest {

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    private StaffMvc staff;
    private StaffMember handler;
    private TestCampaign campaign;
    private String last;
    private Dossier parent;
    private Ages.Birth sem;
    private String base;

    @BeforeEach
    void aConfirmedParentOfTwo() {
        handler = TestStaff.create(jdbc, StaffRole.CASE_HANDLER);
        staff = new StaffMvc(context, handler);
        campaign = TestCampaign.create(context, "staff");
        last = Dossiers.uniqueLastName("Jansen");
        sem = Ages.childBornYearsAgo(clock, 14);
        parent = Dossiers.confirmed(
                port,
                jdbc,
                campaign.slug(),
                Dossiers.uniqueEmail("ouder"),
                child("Sem", last, sem, 7),
                child("Lotte", last, Ages.childBornYearsAgo(clock, 12), 6, 9));
        base = "/backoffice/files/" + parent.registration();
    }

    @Test
    void anEmailedWithdrawalEndsTheChildsParticipationAndConfirmsItByMail() throws Exception {
        String form = staff.page(get(base + "/withdraw"));
        assertThat(form).contains("Sem " + last, "Lotte " + last, "De hele aanmelding", "name=\"reason\"");

        MockHttpServletResponse refused = staff.send(post(base + "/withdraw")
                .param("who", parent.claimant("Sem").toString())
                .param("channel", "EMAIL")
                .param("receivedDay", "2")
                .param("receivedMonth", "3")
                .param("receivedYear", Integer.toString(LocalDate.now(clock).getYear() + 1))
                .param("reference", "Opzeggen overeenkomst TikTok")
                .param("reason", ""));
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString())
                .contains("Vul de reden in", "De datum van ontvangst kan niet in de toekomst liggen")
                .contains("value=\"Opzeggen overeenkomst TikTok\"")
                .contains("value=\"" + parent.claimant("Sem") + "\" checked");
        assertThat(status("Sem")).as("nothing happens without a reason").isEqualTo("REGISTERED");

        LocalDate received = LocalDate.now(clock).minusDays(2);
        MockHttpServletResponse done = staff.send(post(base + "/withdraw")
                .param("who", parent.claimant("Sem").toString())
                .param("channel", "EMAIL")
                .param("receivedDay", Integer.toString(received.getDayOfMonth()))
                .param("receivedMonth", Integer.toString(received.getMonthValue()))
                .param("receivedYear", Integer.toString(received.getYear()))
                .param("reference", "Opzeggen overeenkomst TikTok")
                .param("reason", "Mail van moeder aan info@"));
        assertThat(done.getStatus()).isEqualTo(302);
        assertThat(done.getRedirectedUrl()).isEqualTo(base + "?done=withdrawn");

        assertThat(status("Sem")).isEqualTo("WITHDRAWN");
        assertThat(status("Lotte")).isEqualTo("REGISTERED");
        assertThat(isSet("claimant", "withdrawn_at", parent.claimant("Sem")))
                .as("the retention period runs from the withdrawal")
                .isTrue();
        assertThat(campaign.registrations(context)).as("Lotte still takes part").isEqualTo(1);
        String details = audit("claimant.withdrawn", parent.claimant("Sem"));
        assertThat(details)
                .contains("\"reason\":\"Mail van moeder aan info@\"")
                .contains("\"before\":{\"status\":\"REGISTERED\"}")
                .contains("\"status\":\"WITHDRAWN\"", "\"channel\":\"EMAIL\"", "\"received\":\"" + received + "\"")
                .contains("\"reference\":\"Opzeggen overeenkomst TikTok\"");
        assertThat(actorOfAudit("claimant.withdrawn", parent.claimant("Sem")))
                .isEqualTo(handler.id().toString());

        String mail = TestMailServer.plainText(TestMailServer.awaitMail(parent.email(), "opzegging"));
        assertThat(mail).contains("Sem " + last).doesNotContain("Lotte " + last);

        String file = staff.page(get(done.getRedirectedUrl()));
        assertThat(file)
                .contains("De opzegging is verwerkt")
                .contains("Sem " + last + " afgemeld")
                .contains("EMAIL " + received + ": Opzeggen overeenkomst TikTok");
        assertThat(parent.client().get("/dossier").body()).contains("Opgezegd");
    }

    @Test
    void aWithdrawalWithEveryFieldWrongNamesEachProblemInTheOrderOfTheForm() throws Exception {
        String reference = "x".repeat(201);

        MockHttpServletResponse refused = staff.send(post(base + "/withdraw")
                .param("who", UUID.randomUUID().toString())
                .param("channel", "FAX")
                .param("receivedDay", "31")
                .param("receivedMonth", "4")
                .param("receivedYear", "2024")
                .param("reference", "  " + reference + "  ")
                .param("reason", "   "));

        assertThat(refused.getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(refused.getContentAsString());
        assertThat(page.select(".error-summary a").eachAttr("href"))
                .containsExactly("#who", "#channel", "#received", "#reference", "#reason");
        assertThat(page.select(".error-summary a").eachText())
                .containsExactly(
                        "Kies wie er opzegt",
                        "Kies of de opzegging per e-mail of per brief kwam",
                        "Deze datum bestaat niet. Controleer de dag en de maand",
                        "Het kenmerk mag hoogstens 200 tekens hebben",
                        "Vul de reden in");
        assertThat(page.getElementById("reference").val())
                .as("the reference is kept, without the spaces around it")
                .isEqualTo(reference);
        assertThat(status("Sem")).isEqualTo("REGISTERED");
    }

    @Test
    void aLetterWithdrawingTheWholeRegistrationWithdrawsEveryChild() throws Exception {
        MockHttpServletResponse done = staff.send(post(base + "/withdraw")
                .param("who", "all")
                .param("channel", "LETTER")
                .param("receivedDay", "1")
                .param("receivedMonth", "1")
                .param("receivedYear", Integer.toString(LocalDate.now(clock).getYear()))
                .param("reference", "Brief van 1 januari")
                .param("reason", "Brief ontvangen per post"));
        assertThat(done.getStatus()).isEqualTo(302);
        assertThat(status("Sem")).isEqualTo("WITHDRAWN");
        assertThat(status("Lotte")).isEqualTo("WITHDRAWN");
        assertThat(jdbc.sql("select withdrawal_channel from registration where id = ?")
                        .param(parent.registration())
                        .query(String.class)
                        .single())
                .isEqualTo("LETTER");
        assertThat(campaign.registrations(context)).isZero();
        assertThat(audit("registration.withdrawn", parent.registration()))
                .contains("\"channel\":\"LETTER\"", "\"reason\":\"Brief ontvangen per post\"");
        TestMailServer.awaitMail(parent.email(), "opzegging");
        assertThat(staff.send(get(base + "/withdraw")).getStatus())
                .as("a withdrawn registration cannot be withdrawn again")
                .isEqualTo(404);
    }

    @Test
    void correctingTheRegistrantNeedsAReasonAndKeepsTheCampaignsRules() throws Exception {
        assertThat(staff.page(get(base + "/details"))).contains("value=\"Anna\"", "value=\"1234 AB\"");

        Ages.Birth child = Ages.childBornYearsAgo(clock, 11);
        MockHttpServletResponse refused = staff.send(
                correction("Anneke", child.day(), child.month(), child.year(), "")); // a child cannot sign up
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString())
                .contains("Vul de reden in", "value=\"Anneke\"", "value=\"" + child.year() + "\"");
        assertThat(refused.getContentAsString()).containsPattern("id=\"birth-error\"");

        MockHttpServletResponse done =
                staff.send(correction("Anneke", "3", "4", "1984", "Telefoon: naam verkeerd gespeld"));
        assertThat(done.getStatus()).isEqualTo(302);
        Map<String, Object> row = jdbc.sql("select first_name, date_of_birth from registration where id = ?")
                .param(parent.registration())
                .query()
                .singleRow();
        assertThat(row.get("first_name")).isEqualTo("Anneke");
        String details = audit("registration.corrected", parent.registration());
        assertThat(details)
                .contains("\"reason\":\"Telefoon: naam verkeerd gespeld\"")
                .contains("\"before\":{\"name\":\"Anna " + last + "\",\"dateOfBirth\":\"1985-04-03\"")
                .contains("\"after\":{\"name\":\"Anneke " + last + "\",\"dateOfBirth\":\"1984-04-03\"");
        assertThat(staff.page(get(base))).contains("Je gegevens aangepast", "Medewerker", "Anneke " + last);
    }

    @Test
    void theParticipantsOwnCorrectionTakesTheSamePathWithoutAReason() {
        String path = parent.registrationPath() + "/details";
        Ages.Birth child = Ages.childBornYearsAgo(clock, 11);
        String[] tooYoung = {
            "firstName",
            "Anna",
            "lastName",
            last,
            "birthDay",
            "3",
            "birthMonth",
            "4",
            "birthYear",
            child.year(),
            "country",
            "NL",
            "postcode",
            "1234 AB"
        };
        java.net.http.HttpResponse<String> refused = parent.client().post(path, tooYoung);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"birth-error\"");

        String[] corrected = tooYoung.clone();
        corrected[9] = "1986";
        assertThat(parent.client().post(path, corrected).statusCode()).isEqualTo(302);
        assertThat(AuditTrail.details(context, Actor.Kind.PARTICIPANT, "registration.corrected", parent.registration()))
                .singleElement()
                .asString()
                .startsWith("{\"before\":")
                .contains("\"after\":{\"name\":\"Anna " + last + "\",\"dateOfBirth\":\"1986-04-03\"");
    }

    @Test
    void correctingAChildChecksTheChildAgainstTheRules() throws Exception {
        String path = base + "/claimants/" + parent.claimant("Sem") + "/edit";
        assertThat(staff.page(get(path))).contains("value=\"Sem\"", "value=\"" + sem.year() + "\"");
        Ages.Birth younger = Ages.childBornYearsAgo(clock, 13);

        MockHttpServletResponse adult = staff.send(post(path)
                .param("child-0-firstName", "Sem")
                .param("child-0-lastName", last)
                .param("child-0-birthDay", "1")
                .param("child-0-birthMonth", "2")
                .param("child-0-birthYear", "2000")
                .param("reason", "Geboortejaar verkeerd"));
        assertThat(adult.getStatus()).isEqualTo(200);
        assertThat(adult.getContentAsString()).contains("id=\"child-0-birth-error\"", "value=\"2000\"");

        MockHttpServletResponse noReason = staff.send(post(path)
                .param("child-0-firstName", "Semmy")
                .param("child-0-lastName", last)
                .param("child-0-birthDay", younger.day())
                .param("child-0-birthMonth", younger.month())
                .param("child-0-birthYear", younger.year())
                .param("reason", ""));
        assertThat(noReason.getStatus()).isEqualTo(200);
        assertThat(noReason.getContentAsString()).contains("Vul de reden in", "value=\"Semmy\"");
        assertThat(jdbc.sql("select first_name from claimant where id = ?")
                        .param(parent.claimant("Sem"))
                        .query(String.class)
                        .single())
                .isEqualTo("Sem");

        MockHttpServletResponse done = staff.send(post(path)
                .param("child-0-firstName", "Sem")
                .param("child-0-lastName", last)
                .param("child-0-birthDay", younger.day())
                .param("child-0-birthMonth", younger.month())
                .param("child-0-birthYear", younger.year())
                .param("reason", "Geboortejaar verkeerd"));
        assertThat(done.getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("select date_of_birth from claimant where id = ?")
                        .param(parent.claimant("Sem"))
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(younger.date());
        assertThat(audit("claimant.corrected", parent.claimant("Sem")))
                .contains("\"reason\":\"Geboortejaar verkeerd\"", "\"dateOfBirth\":\"" + sem.date() + "\"")
                .contains("\"dateOfBirth\":\"" + younger.date() + "\"");
    }

    @Test
    void aVerifiedParticipantGetsALoginLinkAndAnUnverifiedOneANewConfirmationLink() throws Exception {
        assertThat(staff.page(get(base + "/mail"))).contains("Inloglink sturen");
        MockHttpServletResponse refused = staff.send(post(base + "/mail").param("reason", " "));
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("Vul de reden in");
        assertThat(staff.send(post(base + "/mail").param("reason", "Belde: kan niet inloggen"))
                        .getStatus())
                .isEqualTo(302);
        String login = TestMailServer.plainText(TestMailServer.awaitMail(parent.email(), "inloglink"));
        assertThat(login).contains("/nl/inloggen/");
        assertThat(audit("registration.mail-sent", parent.registration()))
                .contains("\"reason\":\"Belde: kan niet inloggen\"", "\"mail\":\"LOGIN_LINK_SENT\"");

        Dossier unconfirmed = Dossiers.signUp(
                port,
                jdbc,
                campaign.slug(),
                Dossiers.uniqueEmail("onbevestigd"),
                child("Mila", Dossiers.uniqueLastName("Smit"), Ages.childBornYearsAgo(clock, 13), 7));
        String other = "/backoffice/files/" + unconfirmed.registration();
        assertThat(staff.page(get(other + "/mail"))).contains("Bevestigingsmail opnieuw sturen");
        assertThat(staff.send(post(other + "/mail").param("reason", "Mail kwam niet aan"))
                        .getStatus())
                .isEqualTo(302);
        List<jakarta.mail.internet.MimeMessage> confirmations = TestMailServer.awaitMails(unconfirmed.email(), 2);
        Dossiers.confirm(new SiteClient(port), confirmations.getLast());
        assertThat(isSet("registration", "verified_at", unconfirmed.registration()))
                .as("the new link confirms the registration")
                .isTrue();
        assertThat(staff.page(get(other))).contains("Nieuwe bevestigingslink gestuurd");
    }

    @Test
    void aCaseHandlerLogsTheParticipantOutOnEveryDevice() throws Exception {
        assertThat(parent.client().get("/dossier").statusCode()).isEqualTo(200);
        assertThat(staff.page(get(base))).contains("href=\"" + base + "/sessions\"", "Overal uitloggen");
        assertThat(staff.page(get(base + "/sessions"))).contains("Deelnemer overal uitloggen", "name=\"reason\"");

        MockHttpServletResponse refused = staff.send(post(base + "/sessions").param("reason", ""));
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("Vul de reden in");
        assertThat(parent.client().get("/dossier").statusCode())
                .as("nothing happens without a reason")
                .isEqualTo(200);

        MockHttpServletResponse done = staff.send(post(base + "/sessions").param("reason", "Belde: telefoon kwijt"));
        assertThat(done.getStatus()).isEqualTo(302);
        assertThat(done.getRedirectedUrl()).isEqualTo(base + "?done=sessions");

        assertThat(parent.client().get("/dossier").statusCode())
                .as("logged out")
                .isEqualTo(302);
        assertThat(TestSessions.of(jdbc, parent.account())).isZero();
        assertThat(audit("account.sessions-ended", parent.registration()))
                .contains("\"reason\":\"Belde: telefoon kwijt\"", "\"before\":{\"sessions\":\"1\"}");
        assertThat(actorOfAudit("account.sessions-ended", parent.registration()))
                .isEqualTo(handler.id().toString());
        assertThat(staff.page(get(base + "?done=sessions")))
                .contains("De deelnemer is op alle apparaten uitgelogd", "Overal uitgelogd");
    }

    @Test
    void suspectedFraudIsMarkedAndClearedWithAReason() throws Exception {
        String path = base + "/claimants/" + parent.claimant("Sem") + "/fraud";
        assertThat(staff.page(get(path))).contains("Sem " + last + " markeren als vermoedelijke fraude");
        MockHttpServletResponse refused = staff.send(post(path).param("suspected", "yes"));
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("Vul de reden in");
        assertThat(suspected()).isFalse();

        assertThat(staff.send(post(path).param("suspected", "yes").param("reason", "Kind bestaat niet volgens school"))
                        .getStatus())
                .isEqualTo(302);
        assertThat(suspected()).isTrue();
        assertThat(audit("fraud.marked", parent.claimant("Sem")))
                .contains("\"reason\":\"Kind bestaat niet volgens school\"")
                .contains("\"before\":{\"suspectedFraud\":\"false\"}", "\"after\":{\"suspectedFraud\":\"true\"}");
        assertThat(staff.page(get(path))).contains("Markering vermoedelijke fraude van Sem " + last + " opheffen");

        assertThat(staff.send(post(path).param("suspected", "no").param("reason", "School heeft het bevestigd"))
                        .getStatus())
                .isEqualTo(302);
        assertThat(suspected()).isFalse();
        assertThat(audit("fraud.cleared", parent.claimant("Sem")))
                .contains("\"before\":{\"suspectedFraud\":\"true\"}", "\"after\":{\"suspectedFraud\":\"false\"}");
        assertThat(staff.page(get(base)))
                .contains("Gemarkeerd als vermoedelijke fraude: Sem " + last)
                .contains("Markering vermoedelijke fraude opgeheven: Sem " + last);
        assertThat(parent.client().get("/dossier").body().toLowerCase(java.util.Locale.ROOT))
                .doesNotContain("fraude");
    }

    private MockHttpServletRequestBuilder correction(
            String firstName, String day, String month, String year, String reason) {
        return post(base + "/details")
                .param("firstName", firstName)
                .param("lastName", last)
                .param("birthDay", day)
                .param("birthMonth", month)
                .param("birthYear", year)
                .param("country", "NL")
                .param("postcode", "1234 AB")
                .param("reason", reason);
    }

    private String status(String firstName) {
        return jdbc.sql("select status from claimant where id = ?")
                .param(parent.claimant(firstName))
                .query(String.class)
                .single();
    }

    private boolean suspected() {
        return isSet("claimant", "suspected_fraud_at", parent.claimant("Sem"));
    }

    private boolean isSet(String table, String column, UUID id) {
        return jdbc.sql("select count(*) from " + table + " where id = ? and " + column + " is not null")
                        .param(id)
                        .query(Integer.class)
                        .single()
                == 1;
    }

    private String audit(String action, UUID subject) {
        return AuditTrail.details(context, Actor.Kind.STAFF, action, subject).getFirst();
    }

    private String actorOfAudit(String action, UUID subject) {
        return jdbc.sql("select actor_id from audit_entry where action = ? and subject_id = ?")
                .params(action, subject.toString())
                .query(String.class)
                .single();
    }
}
