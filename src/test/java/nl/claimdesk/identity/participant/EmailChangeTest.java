package nl.claimdesk.identity.participant;

import static nl.claimdesk.registration.Funnel.child;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import nl.claimdesk.Ages;
import nl.claimdesk.ServerTest;
import nl.claimdesk.campaign.TestCampaign;
import nl.claimdesk.email.QueuedMails;
import nl.claimdesk.email.TestMailServer;
import nl.claimdesk.email.UndeliverableAddresses;
import nl.claimdesk.identity.AccountId;
import nl.claimdesk.identity.OneTimeTokens;
import nl.claimdesk.identity.TestSessions;
import nl.claimdesk.identity.TokenPurpose;
import nl.claimdesk.identity.TokenState;
import nl.claimdesk.registration.Dossiers;
import nl.claimdesk.registration.Dossiers.Dossier;
import nl.claimdesk.registration.SiteClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Changing the email address from Mijn dossier: the new address must be confirmed by its link before it counts,
 * opening the link changes nothing, using it switches the account over and tells the old address, and an address
 * that belongs to someone else is never taken. A change needs a recent login (the login link went to the current
 * address), ends every other session and revokes every earlier link; and an account can have only so many such
 * mails sent a day.
 */
@ServerTest
class EmailChangeTest {

    private static final String LINK = "/nl/email-bevestigen/";

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OneTimeTokens tokens;

    @Autowired
    UndeliverableAddresses undeliverable;

    private TestCampaign campaign;
    private Dossier participant;

    @BeforeEach
    void participant() {
        campaign = TestCampaign.create(context, "email");
        participant = Dossiers.confirmed(
                port,
                jdbc,
                campaign.slug(),
                Dossiers.uniqueEmail("oud"),
                child("Sem", Dossiers.uniqueLastName("Mulder"), Ages.childBornYearsAgo(clock, 14), 7));
    }

    @Test
    void confirmingTheNewAddressClearsItsUndeliverableMark() {
        String newAddress = Dossiers.uniqueEmail("Terug");
        undeliverable.mark(newAddress, UndeliverableAddresses.Source.BOUNCE, "5.1.1 smtp; 550 User unknown");
        participant.client().get("/dossier/email");
        participant.client().post("/dossier/email", "email", newAddress);
        String link =
                TestMailServer.linkPath(TestMailServer.awaitMail(newAddress, "Bevestig je nieuwe e-mailadres"), LINK);
        assertThat(undeliverable.isUndeliverable(newAddress))
                .as("asking for the change proves nothing yet")
                .isTrue();

        participant.client().get(link);
        participant.client().post(link);

        assertThat(email()).isEqualTo(newAddress);
        assertThat(undeliverable.isUndeliverable(newAddress))
                .as("the link reached the address")
                .isFalse();
    }

    @Test
    void theNewAddressCountsOnlyOnceItsLinkIsUsedAndTheOldAddressIsTold() {
        String newAddress = Dossiers.uniqueEmail("Nieuw");
        assertThat(participant.client().get("/dossier/email").statusCode()).isEqualTo(200);
        HttpResponse<String> requested = participant.client().post("/dossier/email", "email", newAddress);
        assertThat(requested.statusCode()).isEqualTo(200);
        assertThat(requested.body()).contains("We hebben een link gestuurd naar " + newAddress);

        MimeMessage mail = TestMailServer.awaitMail(newAddress, "Bevestig je nieuwe e-mailadres");
        String link = TestMailServer.linkPath(mail, LINK);
        assertThat(email()).as("nothing changes before the link is used").isEqualTo(participant.email());
        assertThat(pendingChanges()).isEqualTo(1);

        HttpResponse<String> opened = new SiteClient(port).get(link);
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(opened.body()).contains("Bevestig je nieuwe e-mailadres");
        assertThat(email()).as("opening the link changes nothing").isEqualTo(participant.email());
        assertThat(pendingChanges()).isEqualTo(1);

        HttpResponse<String> confirmed = participant.client().post(link);
        assertThat(confirmed.statusCode()).isEqualTo(302);
        assertThat(confirmed.headers().firstValue("Location").orElseThrow()).endsWith("/dossier?done=email");
        assertThat(email()).isEqualTo(newAddress);
        assertThat(jdbc.sql("select email_normalised from account where id = ?")
                        .param(participant.account())
                        .query(String.class)
                        .single())
                .isEqualTo(newAddress.toLowerCase(Locale.ROOT));
        assertThat(pendingChanges()).isZero();
        assertThat(jdbc.sql(
                                "select count(*) from audit_entry where action = 'account.email-changed' and subject_id = ?")
                        .param(participant.account().toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        String notice =
                TestMailServer.plainText(TestMailServer.awaitMail(participant.email(), "Je e-mailadres is gewijzigd"));
        assertThat(notice).contains(newAddress);
        assertThat(participant.client().get("/dossier").body()).contains(newAddress);

        SiteClient visitor = new SiteClient(port);
        visitor.get("/nl/inloggen");
        assertThat(visitor.post("/nl/inloggen", "email", participant.email()).statusCode())
                .isEqualTo(200);
        visitor.get("/nl/inloggen");
        assertThat(visitor.post("/nl/inloggen", "email", newAddress).statusCode())
                .isEqualTo(200);
        String login = TestMailServer.linkPath(TestMailServer.awaitMail(newAddress, "inloglink"), "/nl/inloggen/");
        SiteClient newDevice = new SiteClient(port);
        newDevice.get(login);
        HttpResponse<String> loggedIn = newDevice.post(login);
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(newDevice.get("/dossier").body()).contains("Sem ");
        assertThat(jdbc.sql("select count(*) from account where email_normalised = ?")
                        .param(participant.email().toLowerCase(Locale.ROOT))
                        .query(Long.class)
                        .single())
                .as("the old address belongs to no account any more")
                .isZero();
        assertThat(new QueuedMails(jdbc).ofKindTo(participant.email(), "identity.login"))
                .as("the old address gets no login link")
                .isZero();

        HttpResponse<String> reused = participant.client().post(link);
        assertThat(reused.statusCode()).as("a link works once").isEqualTo(200);
        assertThat(reused.body()).contains("Deze link is al gebruikt");
        assertThat(email()).isEqualTo(newAddress);
    }

    @Test
    void anAddressOfAnotherAccountIsRefusedWhenTheLinkIsUsed() {
        Dossier other = Dossiers.confirmed(
                port,
                jdbc,
                campaign.slug(),
                Dossiers.uniqueEmail("ander"),
                child("Lotte", Dossiers.uniqueLastName("Mulder"), Ages.childBornYearsAgo(clock, 12), 6));
        Map<String, Object> othersAccount = accountRow(other);

        participant.client().get("/dossier/email");
        assertThat(participant
                        .client()
                        .post("/dossier/email", "email", other.email())
                        .statusCode())
                .isEqualTo(200);
        String link = TestMailServer.linkPath(TestMailServer.awaitMail(other.email(), "Bevestig je nieuwe"), LINK);
        HttpResponse<String> used = participant.client().post(link);
        assertThat(used.statusCode()).isEqualTo(200);
        assertThat(email()).isEqualTo(participant.email());
        assertThat(accountRow(other)).isEqualTo(othersAccount);
        assertThat(jdbc.sql("select count(*) from email_change where account_id = ? and confirmed_at is not null")
                        .param(participant.account())
                        .query(Long.class)
                        .single())
                .isZero();
        new QueuedMails(jdbc).awaitDrained();
        assertThat(TestMailServer.subjectsTo(participant.email())).doesNotContain("Je e-mailadres is gewijzigd");
    }

    @Test
    void anUnusableAddressIsRefusedNextToItsFieldAndKeptAsTyped() {
        participant.client().get("/dossier/email");

        assertRefusedOnTheField("geen-adres", "Vul een e-mailadres in zoals naam@voorbeeld.nl");
        assertRefusedOnTheField(" ", "Vul je e-mailadres in");
        assertRefusedOnTheField(participant.email().toUpperCase(Locale.ROOT), "Dit is al je e-mailadres");
        assertThat(jdbc.sql("select count(*) from email_change where account_id = ?")
                        .param(participant.account())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private void assertRefusedOnTheField(String typed, String message) {
        HttpResponse<String> refused = participant.client().post("/dossier/email", "email", typed);
        assertThat(refused.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(refused.body());
        Elements field = page.select(".field--error:has(input#email)");
        assertThat(field).as("the email field of '%s' is marked", typed).hasSize(1);
        assertThat(field.select("#email-error").text()).isEqualTo("Fout: " + message);
        assertThat(field.select("input#email").val())
                .as("what was typed is kept")
                .isEqualTo(typed);
        assertThat(field.select("input#email").attr("aria-describedby")).contains("email-error");
        assertThat(page.select(".error-summary a[href=#email]").text()).isEqualTo(message);
    }

    @Test
    void aLoginThatIsNoLongerFreshMustBeRenewedFromTheCurrentAddressFirst() {
        TestSessions.loggedInAgo(jdbc, participant.account(), Duration.ofMinutes(11));
        String newAddress = Dossiers.uniqueEmail("nieuw");

        HttpResponse<String> form = participant.client().get("/dossier/email");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("meer dan 10 minuten geleden ingelogd").doesNotContain("name=\"email\"");
        HttpResponse<String> refused = participant.client().post("/dossier/email", "email", newAddress);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Stuur een inloglink naar mijn huidige adres");
        assertThat(pendingChanges()).as("no change without a fresh proof").isZero();
        new QueuedMails(jdbc).awaitDrained();
        assertThat(TestMailServer.mailsTo(newAddress)).isEmpty();

        HttpResponse<String> proof = participant.client().post("/dossier/email/proof");
        assertThat(proof.statusCode()).isEqualTo(200);
        assertThat(proof.body()).contains("We hebben een inloglink gestuurd naar " + participant.email());
        String login =
                TestMailServer.linkPath(TestMailServer.awaitMail(participant.email(), "inloglink"), "/nl/inloggen/");
        participant.client().get(login);
        assertThat(participant.client().post(login).statusCode()).isEqualTo(302);

        assertThat(participant.client().get("/dossier/email").body()).contains("name=\"email\"");
        HttpResponse<String> requested = participant.client().post("/dossier/email", "email", newAddress);
        assertThat(requested.body()).contains("We hebben een link gestuurd naar " + newAddress);
        assertThat(pendingChanges()).isEqualTo(1);
    }

    @Test
    void aConfirmedChangeEndsEveryOtherSessionAndRevokesEveryEarlierLink() {
        SiteClient otherDevice = new SiteClient(port);
        otherDevice.get("/nl/inloggen");
        otherDevice.post("/nl/inloggen", "email", participant.email());
        String login =
                TestMailServer.linkPath(TestMailServer.awaitMail(participant.email(), "inloglink"), "/nl/inloggen/");
        otherDevice.get(login);
        assertThat(otherDevice.post(login).statusCode()).isEqualTo(302);
        assertThat(otherDevice.get("/dossier").statusCode()).isEqualTo(200);
        String unused = tokens.issue(new AccountId(participant.account()), TokenPurpose.LOG_IN, null);
        SiteClient holderOfTheOldLink = new SiteClient(port);
        assertThat(holderOfTheOldLink.get("/nl/inloggen/" + unused).body()).contains("Inloggen bij Mijn dossier");
        assertThat(TestSessions.of(jdbc, participant.account())).isEqualTo(2);

        String newAddress = Dossiers.uniqueEmail("nieuw");
        participant.client().get("/dossier/email");
        participant.client().post("/dossier/email", "email", newAddress);
        String link = TestMailServer.linkPath(TestMailServer.awaitMail(newAddress, "Bevestig je nieuwe"), LINK);
        assertThat(participant.client().post(link).statusCode()).isEqualTo(302);

        assertThat(participant.client().get("/dossier").statusCode())
                .as("the session that confirmed stays")
                .isEqualTo(200);
        assertThat(otherDevice.get("/dossier").statusCode())
                .as("every other session ends")
                .isEqualTo(302);
        assertThat(TestSessions.of(jdbc, participant.account())).isEqualTo(1);
        assertThat(tokens.state(unused, TokenPurpose.LOG_IN)).isEqualTo(TokenState.REVOKED);
        HttpResponse<String> revoked = holderOfTheOldLink.post("/nl/inloggen/" + unused);
        assertThat(revoked.statusCode()).isEqualTo(200);
        assertThat(revoked.body()).contains("Deze link werkt niet meer", "href=\"/nl/inloggen\"");
    }

    @Test
    void anAccountCanHaveOnlySoManyConfirmationsSentPerDay() {
        participant.client().get("/dossier/email");
        for (int i = 0; i < 10; i++) {
            assertThat(participant
                            .client()
                            .post("/dossier/email", "email", Dossiers.uniqueEmail("nieuw" + i))
                            .body())
                    .contains("We hebben een link gestuurd");
        }
        String oneTooMany = Dossiers.uniqueEmail("teveel");

        HttpResponse<String> refused = participant.client().post("/dossier/email", "email", oneTooMany);

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("field-error", "Je hebt vandaag al 10 e-mails laten versturen")
                .contains("value=\"" + oneTooMany + "\"");
        assertThat(pendingChanges()).isEqualTo(10);
        assertThat(jdbc.sql("select count(*) from email_change where new_email = ?")
                        .param(oneTooMany)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private String email() {
        return jdbc.sql("select email from account where id = ?")
                .param(participant.account())
                .query(String.class)
                .single();
    }

    private long pendingChanges() {
        return jdbc.sql("select count(*) from email_change where account_id = ? and confirmed_at is null")
                .param(participant.account())
                .query(Long.class)
                .single();
    }

    private Map<String, Object> accountRow(Dossier dossier) {
        return jdbc.sql("select * from account where id = ?")
                .param(dossier.account())
                .query()
                .singleRow();
    }
}
