package nl.claimdesk.dossier;

import static nl.claimdesk.registration.Funnel.child;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.ToLongFunction;
import nl.claimdesk.Ages;
import nl.claimdesk.ServerTest;
import nl.claimdesk.campaign.TestCampaign;
import nl.claimdesk.email.TestMailServer;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.news.MailingKind;
import nl.claimdesk.news.TestMailings;
import nl.claimdesk.payout.TestAllocations;
import nl.claimdesk.payout.TestBankAccounts;
import nl.claimdesk.payout.TestPaymentRuns;
import nl.claimdesk.registration.Dossiers;
import nl.claimdesk.registration.Dossiers.Dossier;
import nl.claimdesk.registration.Funnel;
import nl.claimdesk.registration.SiteClient;
import nl.claimdesk.shared.StaffRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Download all my data": every table that can hold a participant's data (found in the database catalogue, so a
 * table added later is found too) is either in the export, with exactly the participant's rows, or deliberately left
 * out for a stated reason. The export holds the participant's own values and never a token or its hash.
 */
@ServerTest
class PersonalDataExportTest {

    /** What a participant's rows in a table are (SQL with one parameter: the account id), and how many the export has. */
    private record Exported(String rows, ToLongFunction<JsonNode> inExport) {}

    private static final String REGISTRATIONS = "select id from registration where account_id = ?";
    private static final String CLAIMANTS = "select id from claimant where registration_id in (" + REGISTRATIONS + ")";
    private static final String OWN_CLAIMANTS =
            "select id from claimant where status <> 'HANDED_OVER' and registration_id in (" + REGISTRATIONS + ")";

    /** The tables the export covers. */
    private static final Map<String, Exported> EXPORTED = Map.ofEntries(
            Map.entry(
                    "account",
                    new Exported(
                            "select count(*) from account where id = ?",
                            json -> json.path("account").path("email").isString() ? 1 : 0)),
            Map.entry(
                    "one_time_token",
                    new Exported(
                            "select count(*) from one_time_token where account_id = ?",
                            json -> json.path("account").path("oneTimeLinks").size())),
            Map.entry(
                    "email_change",
                    new Exported(
                            "select count(*) from email_change where account_id = ?",
                            json -> json.path("account").path("emailChanges").size())),
            Map.entry(
                    "mail_preference",
                    new Exported(
                            "select count(*) from mail_preference where account_id = ? and news = false",
                            json -> json.path("newsUpdates").booleanValue() ? 0 : 1)),
            Map.entry(
                    "registration",
                    new Exported(
                            "select count(*) from registration where account_id = ?",
                            json -> json.path("registrations").size())),
            // A claimant handed over to the young adult is theirs now: the parent no longer sees it, by design.
            Map.entry(
                    "claimant",
                    new Exported(
                            "select count(*) from claimant where status <> 'HANDED_OVER' and registration_id in ("
                                    + REGISTRATIONS + ")",
                            json -> sum(json, "registration", "claimants"))),
            Map.entry(
                    "claimant_class",
                    new Exported(
                            "select count(*) from claimant_class where claimant_id in (select id from claimant"
                                    + " where status <> 'HANDED_OVER' and registration_id in (" + REGISTRATIONS + "))",
                            json -> {
                                long classified = 0;
                                for (JsonNode registration : json.path("registrations")) {
                                    for (JsonNode claimant :
                                            registration.path("registration").path("claimants")) {
                                        classified +=
                                                claimant.path("classStanding").isObject() ? 1 : 0;
                                    }
                                }
                                return classified;
                            })),
            Map.entry(
                    "registration_event",
                    new Exported(
                            "select count(*) from registration_event where registration_id in (" + REGISTRATIONS + ")",
                            json -> sum(json, "history"))),
            Map.entry(
                    "handover_invitation",
                    new Exported(
                            "select count(*) from handover_invitation where claimant_id in (" + CLAIMANTS + ")",
                            json -> sum(json, "handoverInvitationsSentTo"))),
            Map.entry(
                    "repeated_signup",
                    new Exported(
                            "select count(*) from repeated_signup where registration_id in (" + REGISTRATIONS + ")",
                            json -> {
                                long total = 0;
                                for (JsonNode registration : json.path("registrations")) {
                                    total +=
                                            registration.path("repeatedSignUps").longValue();
                                }
                                return total;
                            })),
            Map.entry(
                    "duplicate_review",
                    new Exported(
                            "select count(*) from duplicate_review where claimant_id in (" + CLAIMANTS + ")",
                            json -> sum(json, "duplicateReviews"))),
            Map.entry(
                    "agreement_acceptance",
                    new Exported(
                            "select count(*) from agreement_acceptance where account_id = ?",
                            json -> json.path("agreementAcceptances").size())),
            Map.entry(
                    "outbox",
                    new Exported(
                            "select count(*) from outbox where account_id = ?",
                            json -> json.path("mails").size())),
            Map.entry(
                    "news_recipient",
                    new Exported(
                            "select count(*) from news_recipient where account_id = ?",
                            json -> json.path("newsMailings").size())),
            Map.entry(
                    "bank_account",
                    new Exported(
                            "select count(*) from bank_account where claimant_id in (" + OWN_CLAIMANTS + ")",
                            json -> json.path("payouts").path("bankAccounts").size())),
            Map.entry(
                    "allocation_share",
                    new Exported(
                            "select count(*) from allocation_share where claimant_id in (" + OWN_CLAIMANTS + ")",
                            json -> json.path("payouts").path("shares").size())),
            Map.entry(
                    "payment",
                    new Exported(
                            "select count(*) from payment where claimant_id in (" + OWN_CLAIMANTS + ")",
                            json -> json.path("payouts").path("payments").size())));

    /** The tables deliberately left out of the export, each with the reason. */
    private static final Map<String, String> LEFT_OUT = Map.ofEntries(
            Map.entry(
                    "spring_session",
                    "transient login sessions (principal_name is the account id); they end at logout or expiry"),
            Map.entry(
                    "rate_limit_window",
                    "counters of requests per address or IP in short windows, deleted when the window is over"),
            Map.entry(
                    "audit_entry",
                    "the back office's append-only security log of who did what; the participant's own history is"
                            + " exported from registration_event"),
            Map.entry(
                    "audit_subject_key",
                    "a random key per person that seals the personal values in the audit log; a key, not data about them"),
            Map.entry("dev_mailbox", "the demo mode's mailbox (no SMTP server configured); production has none"),
            Map.entry(
                    "claimant_identity",
                    "a normalised name and date of birth to catch a child registered twice; both are exported with the"
                            + " claimant"),
            Map.entry(
                    "staff_account",
                    "the back office's staff, who are not participants; a participant's address never appears there"),
            Map.entry(
                    "class_notice",
                    "a registration still to be mailed about a class change, deleted once the mail is in the outbox,"
                            + " which the export lists; the change itself is in the exported history"));

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theExportHoldsEveryTableWithTheParticipantsDataOrSaysWhyNot() {
        TestCampaign campaign = TestCampaign.create(context, "export");
        TestAgreements.publish(context, campaign.id());
        String last = Dossiers.uniqueLastName("Hendriks");
        String email = Dossiers.uniqueEmail("export");
        Ages.Birth sem = Ages.childBornYearsAgo(clock, 14);
        Dossier parent = Dossiers.confirmed(
                port,
                jdbc,
                campaign.slug(),
                email,
                child("Sem", last, sem, 7),
                child("Lotte", last, Ages.childBornYearsAgo(clock, 12), 6, 9));
        SiteClient client = parent.client();
        List<String> tokens = new ArrayList<>();
        tokens.add(TestMailServer.linkPath(TestMailServer.awaitMail(email), "/nl/bevestigen/"));

        TestAgreements.accept(parent, "Sem", "Anna " + last);
        UUID allocation = TestAllocations.publish(jdbc, parent, 12_00, true, "CHILD_OR_PARENT", false);
        TestBankAccounts.confirmed(jdbc, parent, "Sem", "NL91ABNA0417164300", "Sem " + last);
        TestPaymentRuns.approved(context, jdbc, allocation);
        assertThat(client.post(parent.claimantPath("Lotte") + "/withdraw").statusCode())
                .isEqualTo(302);
        client.get(parent.registrationPath() + "/children/new");
        assertThat(client.post(
                                parent.registrationPath() + "/children/new",
                                "child-0-firstName",
                                "Sem",
                                "child-0-lastName",
                                last,
                                "child-0-birthDay",
                                sem.day(),
                                "child-0-birthMonth",
                                sem.month(),
                                "child-0-birthYear",
                                sem.year(),
                                "child-0-startYear",
                                sem.yearAtAge(7),
                                "child-0-stillUsing",
                                "yes",
                                "child-0-endYear",
                                "",
                                "child-0-authority",
                                "GUARDIAN")
                        .statusCode())
                .as("the same child once more: to review")
                .isEqualTo(302);
        jdbc.sql("update claimant set came_of_age_on = ? where id = ?")
                .params(LocalDate.now(clock), parent.claimant("Sem"))
                .update();
        String youngAdult = Dossiers.uniqueEmail("sem");
        client.get("/dossier");
        assertThat(client.post(parent.claimantPath("Sem") + "/handover", "email", youngAdult)
                        .statusCode())
                .isEqualTo(302);
        tokens.add(TestMailServer.linkPath(TestMailServer.awaitMail(youngAdult), "/nl/overdracht/"));
        String newAddress = Dossiers.uniqueEmail("nieuw");
        client.get("/dossier/email");
        client.post("/dossier/email", "email", newAddress);
        tokens.add(TestMailServer.linkPath(TestMailServer.awaitMail(newAddress), "/nl/email-bevestigen/"));
        client.get("/dossier/preferences");
        assertThat(client.post("/dossier/preferences").statusCode()).isEqualTo(302);
        // A legal notice reaches them although they turned news off: its place on the list is theirs to download.
        TestMailings.sent(context, campaign.id(), TestStaff.create(jdbc, StaffRole.EDITOR), MailingKind.LEGAL_NOTICE);
        SiteClient again = new SiteClient(port);
        new Funnel(again, campaign.slug())
                .signUpChildren(email, child("Daan", last, Ages.childBornYearsAgo(clock, 13), 7));
        tokens.add(TestMailServer.linkPath(TestMailServer.awaitMail(email, "al aangemeld"), "/nl/inloggen/"));

        HttpResponse<String> download = client.get("/dossier/my-data");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment");
        assertThat(download.headers().firstValue("Cache-Control")).hasValue("no-store");
        String body = download.body();
        JsonNode json = JSON.readTree(body);

        Map<String, Set<String>> tables = PersonalDataCatalogue.tables(jdbc);
        assertThat(tables).as("the catalogue query finds the tables").containsKeys("account", "registration");
        assertThat(tables.keySet())
                .as("every table on the lists exists (keep them honest)")
                .containsAll(EXPORTED.keySet())
                .containsAll(LEFT_OUT.keySet());
        Map<String, String> problems = new TreeMap<>();
        for (Map.Entry<String, Set<String>> table : tables.entrySet()) {
            String name = table.getKey();
            if (LEFT_OUT.containsKey(name)) {
                continue;
            }
            Exported exported = EXPORTED.get(name);
            if (exported == null) {
                problems.put(
                        name,
                        "holds personal data (columns " + table.getValue()
                                + ") but is neither in the export nor on the list of tables left out with a reason");
                continue;
            }
            long stored = jdbc.sql(exported.rows())
                    .params(parametersFor(exported.rows(), parent.account()))
                    .query(Long.class)
                    .single();
            long inExport = exported.inExport().applyAsLong(json);
            if (stored == 0) {
                problems.put(name, "the participant built by this test has no rows here: extend the test");
            } else if (stored != inExport) {
                problems.put(name, stored + " rows stored, " + inExport + " in the export");
            }
        }
        assertThat(problems).as("tables whose data the export misses").isEmpty();

        assertThat(body)
                .contains(email, newAddress, youngAdult)
                .contains("Sem", "Lotte", last, "Anna", "1234 AB")
                .contains(parent.reference())
                .contains("Nieuws over de zaak")
                .contains("NL•• •••• •••• •••• 4300", "Sem " + last)
                .doesNotContain("NL91ABNA0417164300", "0417164300", "ABNA");
        assertThat(json.path("payouts")
                        .path("payments")
                        .get(0)
                        .path("amountCents")
                        .longValue())
                .isEqualTo(12_00);
        assertThat(json.path("newsUpdates").booleanValue()).isFalse();
        assertThat(body)
                .as("the authority declared for each child: as signed up, and for the child added in Mijn dossier")
                .contains("\"authority\" : \"PARENT\"", "\"authority\" : \"GUARDIAN\"");
        List<String> hashes = jdbc.sql("select token_hash from one_time_token where account_id = ?")
                .param(parent.account())
                .query(String.class)
                .list();
        assertThat(hashes).isNotEmpty();
        for (String hash : hashes) {
            assertThat(body).as("a token hash").doesNotContain(hash);
        }
        for (String link : tokens) {
            String token = link.substring(link.lastIndexOf('/') + 1);
            assertThat(body).as("the token of " + link).doesNotContain(token);
        }
        assertThat(body).doesNotContainPattern("(?i)\"[a-z]*(token|hash|secret|password)[a-z]*\"\\s*:");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'participant.exported' and subject_id = ?")
                        .param(parent.account().toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theExportIsOnlyForALoggedInParticipant() {
        HttpResponse<String> anonymous = new SiteClient(port).get("/dossier/my-data");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/nl/inloggen");
    }

    private static List<Object> parametersFor(String sql, UUID account) {
        List<Object> parameters = new ArrayList<>();
        for (int i = 0; i < sql.chars().filter(c -> c == '?').count(); i++) {
            parameters.add(account);
        }
        return parameters;
    }

    /** The total size of the array {@code path} in every registration of the export. */
    private static long sum(JsonNode json, String... path) {
        long total = 0;
        for (JsonNode registration : json.path("registrations")) {
            JsonNode node = registration;
            for (String step : path) {
                node = node.path(step);
            }
            total += node.size();
        }
        return total;
    }
}
