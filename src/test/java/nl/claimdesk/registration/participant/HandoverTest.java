package nl.claimdesk.registration.participant;

import static nl.claimdesk.registration.Funnel.child;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.claimdesk.Ages;
import nl.claimdesk.MutableClock;
import nl.claimdesk.ServerTest;
import nl.claimdesk.TestToday;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.campaign.Campaigns;
import nl.claimdesk.campaign.TestCampaign;
import nl.claimdesk.campaign.TestClassVersions;
import nl.claimdesk.dossier.TestAgreements;
import nl.claimdesk.email.QueuedMails;
import nl.claimdesk.email.TestMailServer;
import nl.claimdesk.identity.Accounts;
import nl.claimdesk.infrastructure.JobLocks;
import nl.claimdesk.registration.Dossiers;
import nl.claimdesk.registration.Dossiers.Dossier;
import nl.claimdesk.registration.Funnel;
import nl.claimdesk.registration.SiteClient;
import nl.claimdesk.registration.internal.HandoverStore;
import nl.claimdesk.registration.internal.HistoryStore;
import nl.claimdesk.registration.internal.RegistrationStore;
import nl.claimdesk.registration.internal.classification.ClassPublication;
import nl.claimdesk.registration.mail.RegistrationMails;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turning 18: the daily job marks a registered child on the day they come of age and tells the parent once; the
 * parent invites the young adult, who takes the file over under an account of their own. The job runs here on a
 * clock the test sets, over the test's own campaign only.
 */
@ServerTest
class HandoverTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RegistrationStore store;

    @Autowired
    HandoverStore handoverStore;

    @Autowired
    HistoryStore history;

    @Autowired
    Accounts accounts;

    @Autowired
    RegistrationMails mails;

    @Autowired
    JobLocks locks;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Campaigns campaigns;

    @Autowired
    ClassPublication classPublication;

    private TestCampaign campaign;
    private MutableClock clock;
    private ComingOfAge job;
    private String last;

    @BeforeEach
    void job() {
        campaign = TestCampaign.create(context, "handover");
        TestAgreements.publish(context, campaign.id());
        clock = new MutableClock(TestToday.now(), AMSTERDAM);
        job = new ComingOfAge(
                campaign.alone(context), store, handoverStore, history, accounts, mails, locks, transactions, clock);
        last = Dossiers.uniqueLastName("Peters");
    }

    @Test
    void aChildIsMarkedOnTheDayTheyTurn18AndTheParentIsMailedOnce() {
        LocalDate born = LocalDate.now(clock).minusYears(18).plusDays(10);
        if (born.getMonthValue() == 2 && born.getDayOfMonth() == 29) {
            born = born.plusDays(1);
        }
        LocalDate birthday = born.plusYears(18);
        Dossier parent = parentOf(
                child("Sem", last, new Ages.Birth(born), 11),
                child("Lotte", last, Ages.childBornYearsAgo(clock, 12), 6));

        assertThat(runOn(birthday.minusDays(1))).as("the day before").isZero();
        assertThat(cameOfAgeOn(parent.claimant("Sem"))).isNull();
        assertThat(cameOfAgeMails(parent)).isZero();

        assertThat(runOn(birthday)).isEqualTo(1);
        assertThat(cameOfAgeOn(parent.claimant("Sem"))).isEqualTo(birthday);
        assertThat(cameOfAgeOn(parent.claimant("Lotte"))).isNull();
        assertThat(events(parent.registration(), "CAME_OF_AGE")).isEqualTo(1);
        assertThat(cameOfAgeMails(parent)).isEqualTo(1);
        String mail = TestMailServer.plainText(TestMailServer.awaitMail(parent.email(), "is 18 geworden"));
        assertThat(mail).contains("Sem " + last);

        assertThat(runOn(birthday)).as("the same day again").isZero();
        assertThat(runOn(birthday.plusDays(1))).as("the next day").isZero();
        assertThat(cameOfAgeOn(parent.claimant("Sem"))).isEqualTo(birthday);
        assertThat(events(parent.registration(), "CAME_OF_AGE")).isEqualTo(1);
        assertThat(cameOfAgeMails(parent)).isEqualTo(1);

        String dossier = parent.client().get("/dossier").body();
        assertThat(dossier)
                .contains("18 jaar geworden")
                .contains("action=\"" + parent.claimantPath("Sem") + "/handover");
        assertThat(dossier).doesNotContain(parent.claimantPath("Lotte") + "/handover");
    }

    @Test
    void aChildBornOn29FebruaryComesOfAgeOn1MarchInAYearWithout29February() {
        int leapYear = Year.now(clock).getValue() - 1;
        while (!Year.isLeap(leapYear)) {
            leapYear--;
        }
        int eighteenth = leapYear + 18; // never a leap year
        Dossier parent = parentOf(child("Sem", last, new Ages.Birth(LocalDate.of(leapYear, 2, 29)), 1));

        assertThat(runOn(LocalDate.of(eighteenth, 2, 28))).isZero();
        assertThat(cameOfAgeOn(parent.claimant("Sem"))).isNull();

        assertThat(runOn(LocalDate.of(eighteenth, 3, 1))).isEqualTo(1);
        assertThat(cameOfAgeOn(parent.claimant("Sem"))).isEqualTo(LocalDate.of(eighteenth, 3, 1));
    }

    @Test
    void theDayOfComingOfAgeCountsAsTheAgeRulesDo() {
        assertThat(ComingOfAge.dayOfComingOfAge(LocalDate.of(2008, 2, 29), 18)).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(ComingOfAge.dayOfComingOfAge(LocalDate.of(2012, 2, 29), 20)).isEqualTo(LocalDate.of(2032, 2, 29));
        assertThat(ComingOfAge.dayOfComingOfAge(LocalDate.of(2008, 11, 29), 18)).isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(ComingOfAge.dayOfComingOfAge(LocalDate.of(2008, 2, 28), 18)).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void theYoungAdultTakesTheFileOverAndTheParentNoLongerSeesIt() {
        classPublication.publish(
                campaigns.bySlug(campaign.slug()).orElseThrow(),
                TestClassVersions.minorsAndAdultsInTheNetherlands(),
                Actor.system("test"),
                null);
        LocalDate born = LocalDate.now(clock).minusYears(18).plusDays(3);
        Dossier parent = parentOf(
                child("Sem", last, new Ages.Birth(born), 11),
                child("Lotte", last, Ages.childBornYearsAgo(clock, 12), 6));
        runOn(born.plusYears(18).plusDays(1));
        assertThat(cameOfAgeOn(parent.claimant("Sem"))).isNotNull();
        String sem = parent.claimantPath("Sem");
        parent.client().get("/dossier");

        HttpResponse<String> toParent = parent.client().post(sem + "/handover", "email", parent.email());
        assertThat(toParent.headers().firstValue("Location").orElseThrow()).contains("handover=invalid");
        assertThat(parent.client()
                        .post(parent.claimantPath("Lotte") + "/handover", "email", "x@example.nl")
                        .statusCode())
                .as("a child who is not of age cannot be handed over")
                .isEqualTo(404);
        assertThat(invitations(parent.claimant("Sem"))).isZero();

        String youngAdult = Dossiers.uniqueEmail("sem");
        HttpResponse<String> invited = parent.client().post(sem + "/handover", "email", youngAdult);
        assertThat(invited.statusCode()).isEqualTo(302);
        assertThat(invited.headers().firstValue("Location").orElseThrow()).contains("handover=sent");
        assertThat(invitations(parent.claimant("Sem"))).isEqualTo(1);
        String link =
                TestMailServer.linkPath(TestMailServer.awaitMail(youngAdult, "Neem je dossier"), "/nl/overdracht/");

        SiteClient young = new SiteClient(port);
        HttpResponse<String> opened = young.get(link);
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(opened.body()).contains("Neem je dossier over");
        HttpResponse<String> withoutPrivacy = young.post(link);
        assertThat(withoutPrivacy.statusCode()).isEqualTo(200);
        assertThat(withoutPrivacy.body()).contains("field-error");
        assertThat(status(parent.claimant("Sem")))
                .as("opening the link changes nothing")
                .isEqualTo("REGISTERED");
        assertThat(accounts(youngAdult)).isZero();
        assertThat(jdbc.sql(
                                "select count(*) from handover_invitation where claimant_id = ? and accepted_at is not null")
                        .param(parent.claimant("Sem"))
                        .query(Long.class)
                        .single())
                .isZero();

        HttpResponse<String> takenOver = young.post(link, "privacy", "yes");
        assertThat(takenOver.statusCode()).isEqualTo(302);
        assertThat(takenOver.headers().firstValue("Location").orElseThrow()).endsWith("/dossier");
        assertThat(young.cookie("SESSION")).isPresent();

        Dossier youngAdultsFile = Dossiers.find(young, jdbc, campaign.slug(), youngAdult);
        assertThat(youngAdultsFile.registration()).isNotEqualTo(parent.registration());
        assertThat(youngAdultsFile.claimants()).containsOnlyKeys("Sem");
        Map<String, Object> claimant = jdbc.sql("select kind, status, date_of_birth from claimant where id = ?")
                .param(youngAdultsFile.claimant("Sem"))
                .query()
                .singleRow();
        assertThat(claimant.get("kind")).isEqualTo("SELF");
        assertThat(claimant.get("status")).isEqualTo("REGISTERED");
        assertThat(jdbc.sql("select status, sub_class, version from claimant_class where claimant_id = ?")
                        .param(youngAdultsFile.claimant("Sem"))
                        .query((rs, row) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getInt(3))
                        .single())
                .as("the young adult's claim is classified as they take it over")
                .isEqualTo("IN_CLASS MINORS 1");
        assertThat(jdbc.sql("""
                                select count(*) from claimant c join registration r on r.id = c.registration_id
                                where c.id = ? and c.registration_created_at = r.created_at""")
                        .param(youngAdultsFile.claimant("Sem"))
                        .query(Long.class)
                        .single())
                .as("the child search orders the handed-over claimant by the young adult's own sign-up")
                .isOne();
        String youngDossier = young.get("/dossier").body();
        assertThat(youngDossier)
                .contains("Sem " + last)
                .contains("Aangemeld")
                .contains(youngAdultsFile.claimantPath("Sem") + "/agreement");
        HttpResponse<String> agreement = young.get(youngAdultsFile.claimantPath("Sem") + "/agreement");
        assertThat(agreement.statusCode()).isEqualTo(200);
        assertThat(agreement.body()).contains("Ik ga akkoord met deze deelnameovereenkomst.");

        assertThat(status(parent.claimant("Sem"))).isEqualTo("HANDED_OVER");
        String parentsDossier = parent.client().get("/dossier").body();
        assertThat(parentsDossier)
                .as("the parent's claimants: Lotte only")
                .doesNotContain("id=\"claimant-" + parent.claimant("Sem"))
                .doesNotContain(sem + "/")
                .contains("id=\"claimant-" + parent.claimant("Lotte"));
        for (String path : new String[] {"/edit", "/withdraw", "/agreement"}) {
            assertThat(parent.client().get(sem + path).statusCode())
                    .as("GET " + path + " of the handed-over child")
                    .isEqualTo(404);
        }
        for (String path : new String[] {"/edit", "/withdraw", "/agreement", "/handover"}) {
            assertThat(parent.client()
                            .post(sem + path, "email", "x@example.nl", "accept", "yes", "signer", "Anna")
                            .statusCode())
                    .as("POST " + path + " of the handed-over child")
                    .isEqualTo(404);
        }
        assertThat(status(parent.claimant("Sem"))).isEqualTo("HANDED_OVER");
        assertThat(status(youngAdultsFile.claimant("Sem"))).isEqualTo("REGISTERED");

        HttpResponse<String> again = young.post(link, "privacy", "yes");
        assertThat(again.statusCode()).as("an invitation is used once").isEqualTo(200);
        assertThat(again.body()).contains("Deze uitnodiging is al gebruikt", "href=\"/nl/inloggen\"");
        assertThat(jdbc.sql("select count(*) from registration r join account a on a.id = r.account_id"
                                + " where a.email_normalised = ?")
                        .param(youngAdult.toLowerCase(Locale.ROOT))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aNewInvitationRevokesTheEarlierOneAndOnlySoManyCanBeOpen() {
        LocalDate born = turns18Soon();
        Dossier parent = parentOf(child("Sem", last, new Ages.Birth(born), 11));
        String sem = cameOfAge(parent, born);
        String first = Dossiers.uniqueEmail("sem");
        String second = Dossiers.uniqueEmail("sem");
        assertThat(invite(parent, sem, first)).contains("handover=sent");
        String firstLink = invitationLink(first);
        SiteClient young = new SiteClient(port);
        assertThat(young.get(firstLink).body()).contains("Neem je dossier over");
        assertThat(invite(parent, sem, second)).contains("handover=sent");

        HttpResponse<String> revoked = young.post(firstLink, "privacy", "yes");
        assertThat(revoked.statusCode()).isEqualTo(200);
        assertThat(revoked.body()).contains("Deze uitnodiging werkt niet meer");
        assertThat(new SiteClient(port).get(firstLink).body()).contains("Deze uitnodiging werkt niet meer");
        assertThat(status(parent.claimant("Sem"))).isEqualTo("REGISTERED");
        assertThat(accounts(first)).isZero();

        String newest = "";
        for (int i = 3; i <= 5; i++) {
            newest = Dossiers.uniqueEmail("sem");
            assertThat(invite(parent, sem, newest)).contains("handover=sent");
        }
        String oneTooMany = Dossiers.uniqueEmail("sem");
        assertThat(invite(parent, sem, oneTooMany)).contains("handover=open");
        assertThat(parent.client().get("/dossier?handover=open").body())
                .contains("Er staan al te veel uitnodigingen open");
        assertThat(invitations(parent.claimant("Sem"))).isEqualTo(5);
        assertThat(new QueuedMails(jdbc).to(oneTooMany)).isZero();

        String newestLink = invitationLink(newest);
        young.get(newestLink);
        HttpResponse<String> takenOver = young.post(newestLink, "privacy", "yes");
        assertThat(takenOver.statusCode()).as("the newest invitation works").isEqualTo(302);
    }

    @Test
    void invitationsCountAgainstTheAccountsDailyMailLimit() {
        LocalDate born = turns18Soon();
        Dossier parent = parentOf(child("Sem", last, new Ages.Birth(born), 11));
        String sem = cameOfAge(parent, born);
        for (int i = 0; i < 4; i++) {
            assertThat(invite(parent, sem, Dossiers.uniqueEmail("sem"))).contains("handover=sent");
        }
        parent.client().get("/dossier/email");
        for (int i = 0; i < 6; i++) {
            assertThat(parent.client()
                            .post("/dossier/email", "email", Dossiers.uniqueEmail("nieuw"))
                            .body())
                    .contains("We hebben een link gestuurd");
        }
        String refused = Dossiers.uniqueEmail("sem");

        assertThat(invite(parent, sem, refused)).contains("handover=limit");

        assertThat(parent.client().get("/dossier?handover=limit").body()).contains("Probeer het morgen opnieuw");
        assertThat(invitations(parent.claimant("Sem"))).isEqualTo(4);
        assertThat(new QueuedMails(jdbc).to(refused)).isZero();
    }

    /** The parent's claimant path of Sem, once the daily job marked Sem as come of age. */
    private String cameOfAge(Dossier parent, LocalDate born) {
        runOn(born.plusYears(18).plusDays(1));
        assertThat(cameOfAgeOn(parent.claimant("Sem"))).isNotNull();
        parent.client().get("/dossier");
        return parent.claimantPath("Sem");
    }

    /** A date of birth that makes a child who signs up today 18 in a few days. */
    private LocalDate turns18Soon() {
        LocalDate born = LocalDate.now(clock).minusYears(18).plusDays(3);
        return born.getMonthValue() == 2 && born.getDayOfMonth() == 29 ? born.plusDays(1) : born;
    }

    private static String invite(Dossier parent, String claimantPath, String email) {
        HttpResponse<String> invited = parent.client().post(claimantPath + "/handover", "email", email);
        assertThat(invited.statusCode()).isEqualTo(302);
        return invited.headers().firstValue("Location").orElseThrow();
    }

    private static String invitationLink(String email) {
        return TestMailServer.linkPath(TestMailServer.awaitMail(email, "Neem je dossier"), "/nl/overdracht/");
    }

    private Dossier parentOf(Funnel.Child... children) {
        return Dossiers.confirmed(port, jdbc, campaign.slug(), Dossiers.uniqueEmail("ouder"), children);
    }

    private int runOn(LocalDate day) {
        clock.set(day.atTime(LocalTime.of(3, 15)).atZone(AMSTERDAM).toInstant());
        return job.run(day);
    }

    private LocalDate cameOfAgeOn(UUID claimant) {
        return jdbc.sql("select came_of_age_on from claimant where id = ?")
                .param(claimant)
                .query(LocalDate.class)
                .optional()
                .orElse(null);
    }

    private String status(UUID claimant) {
        return jdbc.sql("select status from claimant where id = ?")
                .param(claimant)
                .query(String.class)
                .single();
    }

    private long events(UUID registration, String kind) {
        return jdbc.sql("select count(*) from registration_event where registration_id = ? and kind = ?")
                .params(registration, kind)
                .query(Long.class)
                .single();
    }

    private long cameOfAgeMails(Dossier parent) {
        return new QueuedMails(jdbc).ofKind(parent.account(), "registration.came-of-age");
    }

    private long invitations(UUID claimant) {
        return jdbc.sql("select count(*) from handover_invitation where claimant_id = ?")
                .param(claimant)
                .query(Long.class)
                .single();
    }

    private long accounts(String email) {
        return jdbc.sql("select count(*) from account where email_normalised = ?")
                .param(email.toLowerCase(Locale.ROOT))
                .query(Long.class)
                .single();
    }
}
