package nl.claimdesk.registration;

import static nl.claimdesk.registration.Funnel.child;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import nl.claimdesk.Ages;
import nl.claimdesk.ServerTest;
import nl.claimdesk.Unique;
import nl.claimdesk.campaign.OpenTestCampaigns;
import nl.claimdesk.email.QueuedMails;
import nl.claimdesk.email.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Signing up again with an address that is already registered for the campaign stores nothing new and shows
 * exactly the page a new address gets, so the site reveals nothing about who signed up; the address itself is told
 * by mail.
 */
@ServerTest
class DuplicateSignUpTest {

    private static final String TIKTOK = "tiktok";

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void theSameAddressAgainStoresNothingNewShowsTheSamePageAndGetsAnAlreadySignedUpMail() {
        String email = Unique.email("twice");
        SignUpResponse first = signUp(TIKTOK, email);
        SignUpResponse second = signUp(TIKTOK, email);

        assertThat(first.page()).as("the page names the address").contains("ADDRESS");
        assertThat(second).isEqualTo(first);
        assertOneAccountWithOneRegistration(email);
        assertVerificationMailThenAlreadySignedUpMail(email);
    }

    @Test
    void theSameAddressInOtherLetterCaseIsTheSameParticipant() {
        String email = Unique.email("Case");
        String shouted = email.toUpperCase(Locale.ROOT);
        SignUpResponse first = signUp(TIKTOK, email);
        SignUpResponse second = signUp(TIKTOK, shouted);

        assertThat(second).isEqualTo(first);
        assertOneAccountWithOneRegistration(email);
        assertVerificationMailThenAlreadySignedUpMail(email);
    }

    @Test
    void aConfirmedParticipantWhoSignsUpAgainIsMailedALinkToLogIn() {
        String email = Unique.email("confirmed");
        SignUpResponse first = signUp(TIKTOK, email);
        pressLink(TestMailServer.linkPath(TestMailServer.awaitMail(email), "/nl/bevestigen/"));

        SignUpResponse second = signUp(TIKTOK, email);

        assertThat(second).isEqualTo(first);
        assertOneAccountWithOneRegistration(email);
        String logIn = TestMailServer.linkPath(TestMailServer.awaitMail(email, "al aangemeld"), "/nl/inloggen/");
        assertThat(pressLink(logIn).headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/dossier"));
    }

    @Test
    void theSameAddressForAnotherOpenCampaignIsANewRegistrationOfTheSameAccount() {
        String email = Unique.email("two-campaigns");
        String otherCampaign = OpenTestCampaigns.create(context, "second-claim");

        signUp(TIKTOK, email);
        signUp(otherCampaign, email.toUpperCase(Locale.ROOT));

        StoredSignUps stored = new StoredSignUps(jdbc);
        assertThat(stored.accounts(email)).isEqualTo(1);
        assertThat(stored.registrations(email))
                .extracting(StoredSignUps.Registration::campaign)
                .containsExactly(TIKTOK, otherCampaign);
        TestMailServer.awaitMails(email, 2);
        assertThat(TestMailServer.subjectsTo(email))
                .allSatisfy(subject -> assertThat(subject).startsWith("Bevestig je aanmelding"))
                .anySatisfy(subject -> assertThat(subject).contains(otherCampaign));
    }

    private void assertOneAccountWithOneRegistration(String email) {
        StoredSignUps stored = new StoredSignUps(jdbc);
        assertThat(stored.accounts(email)).isEqualTo(1);
        assertThat(stored.registrations(email)).hasSize(1);
    }

    private void assertVerificationMailThenAlreadySignedUpMail(String email) {
        TestMailServer.awaitMails(email, 2);
        new QueuedMails(jdbc).awaitDrained();
        List<String> subjects = TestMailServer.subjectsTo(email);
        assertThat(subjects).hasSize(2);
        assertThat(subjects)
                .filteredOn(subject -> subject.startsWith("Bevestig je aanmelding"))
                .hasSize(1);
        assertThat(subjects)
                .filteredOn(subject -> subject.contains("al aangemeld"))
                .hasSize(1);
    }

    private HttpResponse<String> pressLink(String link) {
        SiteClient visitor = new SiteClient(port);
        visitor.get(link);
        return Funnel.expectRedirect(visitor.post(link));
    }

    /** Signs up one child for {@code campaign} as a new visitor; returns what the visitor saw of sending. */
    private SignUpResponse signUp(String campaign, String email) {
        SiteClient client = new SiteClient(port);
        Funnel funnel = new Funnel(client, campaign);
        Funnel.expectRedirect(funnel.start("CHILDREN", email));
        Funnel.expectRedirect(funnel.children(child("Sem", "de Vries", Ages.childBornYearsAgo(clock, 14), 7)));
        HttpResponse<String> sent = funnel.send();
        HttpResponse<String> page = client.follow(sent);
        return new SignUpResponse(
                sent.statusCode(),
                sent.headers().firstValue("Location").orElse(""),
                sent.body(),
                page.statusCode(),
                SiteClient.comparable(page.body(), email));
    }

    /** The answer to sending the sign-up, and the page it leads to. */
    private record SignUpResponse(int status, String location, String body, int pageStatus, String page) {}
}
