package nl.claimdesk.dossier;

import static nl.claimdesk.registration.Funnel.child;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.claimdesk.Ages;
import nl.claimdesk.ServerTest;
import nl.claimdesk.campaign.TestCampaign;
import nl.claimdesk.email.TestMailServer;
import nl.claimdesk.email.UndeliverableAddresses;
import nl.claimdesk.identity.StaffMvc;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.infrastructure.StaffMember;
import nl.claimdesk.registration.Dossiers;
import nl.claimdesk.registration.Dossiers.Dossier;
import nl.claimdesk.shared.StaffRole;
import nl.claimdesk.web.HtmlChecker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * The participant's file in the back office: everything about a registration on one page, every look at it in the
 * audit log, only for case handlers and admins, never cached, and a proper "not found" for an id nobody has.
 */
@ServerTest
class StaffFileTest {

    private static final String USER_AGENT = "StaffFileTest/1.0 (the participant's browser)";
    private static final String SIGNER = "Anna Bakker";

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UndeliverableAddresses undeliverable;

    private MockMvc mvc;
    private TestCampaign campaign;
    private String last;
    private Dossier parent;
    private Ages.Birth sem;
    private Ages.Birth lotte;

    @BeforeEach
    void aParentWhoAcceptedTheAgreementForOneChild() {
        mvc = StaffMvc.of(context);
        campaign = TestCampaign.create(context, "file");
        TestAgreements.publish(context, campaign.id());
        last = Dossiers.uniqueLastName("Bakker");
        sem = Ages.childBornYearsAgo(clock, 14);
        lotte = Ages.childBornYearsAgo(clock, 12);
        parent = Dossiers.confirmed(
                port,
                jdbc,
                campaign.slug(),
                Dossiers.uniqueEmail("ouder"),
                child("Sem", last, sem, 7),
                child("Lotte", last, lotte, 6, 9));
        parent.client().userAgent(USER_AGENT);
        TestAgreements.accept(parent, "Sem", SIGNER);
        TestMailServer.awaitMail(parent.email(), "compleet");
    }

    @Test
    void theFileShowsTheRegistrantTheClaimantsTheAcceptanceTheMailsAndTheHistory() throws Exception {
        StaffMember handler = TestStaff.create(jdbc, StaffRole.CASE_HANDLER);
        awaitAllMailsSent();

        MockHttpServletResponse response = mvc.perform(
                        get("/backoffice/files/" + parent.registration()).with(TestStaff.as(handler)))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
        String file = response.getContentAsString();
        assertThat(file)
                .as("registrant")
                .contains("Anna " + last, parent.email(), "1234 AB", "NL", "Nederlands")
                .contains("E-mailadres bevestigd</dt><dd>Ja, op")
                .contains("Wil nieuwsberichten</dt><dd>Ja");
        assertThat(file).as("registration").contains(campaign.name(), parent.reference(), "Kinderen");
        assertThat(file)
                .as("claimants with date of birth, period of use and status")
                .contains("Sem " + last, "Geboren " + sem.dmy(), "Gebruik " + sem.yearAtAge(7) + " – nu")
                .contains(
                        "Lotte " + last,
                        "Geboren " + lotte.dmy(),
                        "Gebruik " + lotte.yearAtAge(6) + " – " + lotte.yearAtAge(9))
                .contains("Aangemeld", "Deelnameovereenkomst getekend op");
        Map<String, Object> acceptance = jdbc.sql("select * from agreement_acceptance where claimant_id = ?")
                .param(parent.claimant("Sem"))
                .query()
                .singleRow();
        assertThat(file)
                .as("the acceptance as proof: version, fingerprint, address, browser and signer")
                .contains((String) acceptance.get("text_sha256"), (String) acceptance.get("ip"), USER_AGENT, SIGNER)
                .contains("<td>1 (nl)</td>");
        assertThat(file)
                .as("the mails sent, with their delivery status")
                .contains("Bevestig je aanmelding voor de " + campaign.name(), "registration.verify")
                .contains("<td>Verstuurd</td>");
        assertThat(file)
                .as("the dated history")
                .contains("Aangemeld", "E-mailadres bevestigd", "Deelnameovereenkomst getekend voor Sem " + last);
        assertThat(file)
                .as("links to every action")
                .contains(
                        "/backoffice/files/" + parent.registration() + "/details",
                        "/backoffice/files/" + parent.registration() + "/mail",
                        "/backoffice/files/" + parent.registration() + "/withdraw",
                        "/backoffice/files/" + parent.registration() + "/fraud",
                        "/claimants/" + parent.claimant("Lotte") + "/edit");
    }

    @Test
    void theFileAndItsFormsAreValidHtml() throws Exception {
        StaffMember handler = TestStaff.create(jdbc, StaffRole.CASE_HANDLER);
        String base = "/backoffice/files/" + parent.registration();
        String sem = base + "/claimants/" + parent.claimant("Sem");
        for (String path : List.of(
                base,
                base + "/details",
                base + "/mail",
                base + "/withdraw",
                base + "/fraud",
                sem + "/edit",
                sem + "/fraud",
                "/backoffice/reviews",
                "/backoffice/files/" + UUID.randomUUID())) {
            String html = mvc.perform(get(path).with(TestStaff.as(handler)))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(HtmlChecker.errorsIn(html)).as(path).isEmpty();
        }
        String refused = mvc.perform(post(base + "/withdraw")
                        .param("receivedYear", "20x5")
                        .with(csrf())
                        .with(TestStaff.as(handler)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("Vul de reden in", "Kies wie er opzegt");
        assertThat(HtmlChecker.errorsIn(refused)).as("the form with its errors").isEmpty();
    }

    @Test
    void everyViewOfTheFileIsAudited() throws Exception {
        StaffMember handler = TestStaff.create(jdbc, StaffRole.CASE_HANDLER);
        mvc.perform(get("/backoffice/files/" + parent.registration())
                .with(TestStaff.as(handler))
                .with(request -> {
                    request.setRemoteAddr("192.0.2.7");
                    return request;
                }));
        mvc.perform(get("/backoffice/files/" + parent.registration()).with(TestStaff.as(handler)));

        List<Map<String, Object>> views =
                jdbc.sql("""
                        select actor_kind, actor_id, ip, occurred_at from audit_entry
                        where action = 'file.viewed' and subject_type = 'registration' and subject_id = ?
                        order by occurred_at""").param(parent.registration().toString()).query().listOfRows();
        assertThat(views).hasSize(2);
        assertThat(views.getFirst())
                .containsEntry("actor_kind", "STAFF")
                .containsEntry("actor_id", handler.id().toString())
                .as("only the network of the address is kept")
                .containsEntry("ip", "192.0.2.0");
        assertThat(views.getFirst().get("occurred_at")).isNotNull();
    }

    @Test
    void anUnknownFileIsNotFoundInTheBackOfficeFrame() throws Exception {
        StaffMember handler = TestStaff.create(jdbc, StaffRole.CASE_HANDLER);
        for (String path : new String[] {"", "/details", "/mail", "/withdraw", "/fraud"}) {
            MockHttpServletResponse response = mvc.perform(
                            get("/backoffice/files/" + UUID.randomUUID() + path).with(TestStaff.as(handler)))
                    .andReturn()
                    .getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(404);
            assertThat(response.getContentAsString())
                    .as(path)
                    .contains("Niet gevonden", "backoffice-nav", handler.name());
        }
        assertThat(mvc.perform(get("/backoffice/files/not-a-uuid").with(TestStaff.as(handler)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(400);
    }

    @Test
    void onlyCaseHandlersAndAdminsReachAFile() throws Exception {
        String base = "/backoffice/files/" + parent.registration();
        String sem = base + "/claimants/" + parent.claimant("Sem");
        List<String> routes = List.of(
                base,
                base + "/details",
                base + "/mail",
                base + "/withdraw",
                base + "/fraud",
                sem + "/edit",
                sem + "/fraud",
                "/backoffice/reviews",
                "/backoffice/reviews/" + UUID.randomUUID());
        for (StaffRole role : List.of(StaffRole.VIEWER, StaffRole.EDITOR, StaffRole.FINANCE)) {
            StaffMember member = TestStaff.create(jdbc, role);
            for (String route : routes) {
                assertThat(mvc.perform(get(route).with(TestStaff.as(member)))
                                .andReturn()
                                .getResponse()
                                .getStatus())
                        .as(role + " GET " + route)
                        .isEqualTo(403);
                assertThat(mvc.perform(post(route)
                                        .param("reason", "poging")
                                        .param("suspected", "yes")
                                        .with(csrf())
                                        .with(TestStaff.as(member)))
                                .andReturn()
                                .getResponse()
                                .getStatus())
                        .as(role + " POST " + route)
                        .isEqualTo(403);
            }
        }
        assertThat(jdbc.sql("select count(*) from registration where id = ? and suspected_fraud_at is null")
                        .param(parent.registration())
                        .query(Integer.class)
                        .single())
                .as("no refused request changed anything")
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_entry where subject_id = ? and action = 'file.viewed'")
                        .param(parent.registration().toString())
                        .query(Integer.class)
                        .single())
                .as("a refused look is no look")
                .isZero();
        for (StaffRole role : List.of(StaffRole.CASE_HANDLER, StaffRole.ADMIN)) {
            StaffMember member = TestStaff.create(jdbc, role);
            for (String route : routes.subList(0, 8)) {
                assertThat(mvc.perform(get(route).with(TestStaff.as(member)))
                                .andReturn()
                                .getResponse()
                                .getStatus())
                        .as(role + " GET " + route)
                        .isEqualTo(200);
            }
        }
        assertThat(mvc.perform(get(base)).andReturn().getResponse().getRedirectedUrl())
                .as("anonymous visitors go to the staff login")
                .isEqualTo("/backoffice/login");
    }

    @Test
    void suspectedFraudShowsInTheFileButNeverInMijnDossier() throws Exception {
        StaffMember handler = TestStaff.create(jdbc, StaffRole.CASE_HANDLER);
        String base = "/backoffice/files/" + parent.registration();
        mvc.perform(post(base + "/claimants/" + parent.claimant("Lotte") + "/fraud")
                .param("suspected", "yes")
                .param("reason", "Geboortedatum past niet bij de school")
                .with(csrf())
                .with(TestStaff.as(handler)));
        mvc.perform(post(base + "/fraud")
                .param("suspected", "yes")
                .param("reason", "Zelfde IP als 40 andere aanmeldingen")
                .with(csrf())
                .with(TestStaff.as(handler)));

        String file = mvc.perform(get(base).with(TestStaff.as(handler)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(file)
                .contains("Vermoedelijke fraude", "Geboortedatum past niet bij de school")
                .contains("Zelfde IP als 40 andere aanmeldingen")
                .contains("Gemarkeerd als vermoedelijke fraude: Lotte " + last);

        String search = mvc.perform(get("/backoffice/participants")
                        .param("by", "REFERENCE")
                        .param("q", parent.reference())
                        .with(TestStaff.as(handler)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(search).as("the search status").contains(parent.reference(), "Vermoedelijke fraude");

        String dossier = parent.client().get("/dossier").body();
        assertThat(dossier).contains("Lotte " + last);
        assertThat(dossier.toLowerCase(java.util.Locale.ROOT))
                .doesNotContain("fraude", "fraud", "geboortedatum past niet", "zelfde ip");
        String export = parent.client().get("/dossier/my-data").body();
        assertThat(export.toLowerCase(java.util.Locale.ROOT)).doesNotContain("fraud");
    }

    @Test
    void anUndeliverableAddressShowsInTheFileAndClearingTheMarkIsAudited() throws Exception {
        undeliverable.mark(parent.email(), UndeliverableAddresses.Source.BOUNCE, "5.1.1 smtp; 550 5.1.1 User unknown");
        StaffMember handler = TestStaff.create(jdbc, StaffRole.CASE_HANDLER);
        String base = "/backoffice/files/" + parent.registration();

        String file = page(base, handler);
        assertThat(file)
                .contains("E-mailadres onbestelbaar", "teruggekomen als bounce", "5.1.1 smtp; 550 5.1.1 User unknown")
                .contains("href=\"" + base + "/undeliverable\"");
        assertThat(HtmlChecker.errorsIn(file)).isEmpty();
        String form = page(base + "/undeliverable", handler);
        assertThat(form).contains(parent.email(), "Markering opheffen");
        assertThat(HtmlChecker.errorsIn(form)).isEmpty();

        MockHttpServletResponse noReason = mvc.perform(post(base + "/undeliverable")
                        .param("reason", " ")
                        .with(csrf())
                        .with(TestStaff.as(handler)))
                .andReturn()
                .getResponse();
        assertThat(noReason.getContentAsString()).contains("Markering opheffen");
        assertThat(undeliverable.isUndeliverable(parent.email()))
                .as("no reason, no change")
                .isTrue();

        MockHttpServletResponse cleared = mvc.perform(post(base + "/undeliverable")
                        .param("reason", "Deelnemer belde: mailbox bestaat weer")
                        .with(csrf())
                        .with(TestStaff.as(handler)))
                .andReturn()
                .getResponse();
        assertThat(cleared.getRedirectedUrl()).isEqualTo(base + "?done=undeliverable");
        assertThat(undeliverable.isUndeliverable(parent.email())).isFalse();
        assertThat(jdbc.sql("""
                                select count(*) from audit_entry
                                where action = 'email.undeliverable-cleared' and actor_id = ? and subject_id = ?""")
                        .params(handler.id().toString(), parent.registration().toString())
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(page(base + "?done=undeliverable", handler))
                .contains("Markering onbestelbaar opgeheven.", "Deelnemer belde: mailbox bestaat weer")
                .doesNotContain("E-mailadres onbestelbaar", base + "/undeliverable");
    }

    private String page(String path, StaffMember member) throws Exception {
        return mvc.perform(get(path).with(TestStaff.as(member)))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private void awaitAllMailsSent() {
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(20))
                .until(() -> jdbc.sql("select count(*) from outbox where account_id = ? and sent_at is null")
                                .param(parent.account())
                                .query(Integer.class)
                                .single()
                        == 0);
    }
}
