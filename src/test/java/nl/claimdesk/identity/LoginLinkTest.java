package nl.claimdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.claimdesk.ServerTest;
import nl.claimdesk.Unique;
import nl.claimdesk.email.QueuedMails;
import nl.claimdesk.email.TestMailServer;
import nl.claimdesk.registration.Funnel;
import nl.claimdesk.registration.SiteClient;
import nl.claimdesk.shared.EmailAddress;
import nl.claimdesk.shared.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Logging in with a link by mail: asking for one tells nobody whether the address is known; opening the link (as
 * mail scanners do) changes nothing; only pressing its button logs in, with a new session id.
 */
@ServerTest
class LoginLinkTest {

    private static final String LOG_IN = "/nl/inloggen";
    private static final String SESSION = "SESSION";

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    OneTimeTokens tokens;

    @Autowired
    JdbcClient jdbc;

    private String known;

    @BeforeEach
    void aParticipant() {
        known = Unique.email("known");
        accounts.open(EmailAddress.parse(known).orElseThrow(), Language.NL);
    }

    @Test
    void aKnownAndAnUnknownAddressGetTheSameAnswerButOnlyTheKnownOneGetsAMail() {
        String unknown = Unique.email("unknown");

        HttpResponse<String> forUnknown = requestLink(new SiteClient(port), unknown);
        HttpResponse<String> forKnown = requestLink(new SiteClient(port), known);

        assertThat(forKnown.statusCode()).isEqualTo(200);
        assertThat(forUnknown.statusCode()).isEqualTo(forKnown.statusCode());
        String answer = SiteClient.comparable(forKnown.body(), known);
        assertThat(answer).as("the answer names the address").contains("ADDRESS");
        assertThat(SiteClient.comparable(forUnknown.body(), unknown)).isEqualTo(answer);
        TestMailServer.awaitMail(known, "Je inloglink");
        new QueuedMails(jdbc).awaitDrained();
        assertThat(TestMailServer.mailsTo(unknown)).isEmpty();
        assertThat(mailsQueuedFor(unknown)).isZero();
    }

    @Test
    void openingTheLinkChangesNothing() {
        SiteClient visitor = new SiteClient(port);
        String link = mailedLink(visitor, known);

        HttpResponse<String> page = visitor.get(link);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<form method=\"post\" action=\"" + link + "\"");
        assertThat(SiteClient.setCookie(page, SESSION)).isEmpty();
        assertThat(tokens.state(TestTokens.of(link), TokenPurpose.LOG_IN)).isEqualTo(TokenState.VALID);
        assertThat(visitor.get("/dossier").statusCode()).as("not logged in").isEqualTo(302);
    }

    @Test
    void pressingTheButtonLogsInWithANewSessionIdAndOpensTheDossier() {
        SiteClient visitor = new SiteClient(port);
        String firstSession = logIn(visitor, mailedLink(visitor, known));
        assertThat(visitor.get("/dossier").body()).contains(known);

        String link = mailedLink(visitor, known);
        String secondSession = logIn(visitor, link);

        assertThat(secondSession).isNotEqualTo(firstSession);
        assertThat(visitor.get("/dossier").statusCode()).isEqualTo(200);
        assertThat(dossierStatusWith(firstSession))
                .as("the session id before login is void")
                .isEqualTo(302);
        assertThat(tokens.state(TestTokens.of(link), TokenPurpose.LOG_IN)).isEqualTo(TokenState.USED);
    }

    @Test
    void aLinkUsedInTheMeantimeShowsAWayToGetANewOne() {
        SiteClient visitor = new SiteClient(port);
        String link = mailedLink(visitor, known);
        visitor.get(link);
        logIn(new SiteClient(port), link);

        assertShowsWayToNewLink(visitor.post(link), "Deze link is al gebruikt");
    }

    @Test
    void anExpiredLinkShowsAWayToGetANewOneAndDoesNotLogIn() {
        SiteClient visitor = new SiteClient(port);
        String link = mailedLink(visitor, known);
        TestTokens.expire(jdbc, TestTokens.of(link));

        assertThat(visitor.get(link).body()).contains("Deze link is verlopen");
        HttpResponse<String> pressed = visitor.post(link);

        assertShowsWayToNewLink(pressed, "Deze link is verlopen");
        assertThat(visitor.get("/dossier").statusCode()).as("not logged in").isEqualTo(302);
    }

    private void assertShowsWayToNewLink(HttpResponse<String> response, String title) {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(SiteClient.setCookie(response, SESSION)).isEmpty();
        assertThat(response.body()).contains(title, "href=\"" + LOG_IN + "\"");
    }

    /** Presses the button of the link; returns the new session cookie. */
    private static String logIn(SiteClient visitor, String link) {
        visitor.get(link);
        HttpResponse<String> pressed = Funnel.expectRedirect(visitor.post(link));
        assertThat(pressed.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/dossier"));
        return SiteClient.setCookie(pressed, SESSION).orElseThrow(() -> new AssertionError("no session cookie"));
    }

    private int dossierStatusWith(String session) {
        return SiteClient.sendRaw(HttpRequest.newBuilder(new SiteClient(port).uri("/dossier"))
                        .header("Cookie", SESSION + "=" + session)
                        .build())
                .statusCode();
    }

    /** Asks for a login link for {@code email} and returns the path of the one that arrives. */
    private static String mailedLink(SiteClient visitor, String email) {
        int before = TestMailServer.mailsTo(email).size();
        requestLink(visitor, email);
        return TestMailServer.linkPath(
                TestMailServer.awaitMails(email, before + 1).get(before), LOG_IN + "/");
    }

    private static HttpResponse<String> requestLink(SiteClient visitor, String email) {
        visitor.get(LOG_IN);
        return visitor.post(LOG_IN, "email", email);
    }

    private long mailsQueuedFor(String email) {
        return new QueuedMails(jdbc).to(email);
    }
}
