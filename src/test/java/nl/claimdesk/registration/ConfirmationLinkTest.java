package nl.claimdesk.registration;

import static nl.claimdesk.registration.Funnel.child;
import static nl.claimdesk.registration.Funnel.expectRedirect;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import nl.claimdesk.Ages;
import nl.claimdesk.ServerTest;
import nl.claimdesk.Unique;
import nl.claimdesk.email.TestMailServer;
import nl.claimdesk.identity.OneTimeTokens;
import nl.claimdesk.identity.TestTokens;
import nl.claimdesk.identity.TokenPurpose;
import nl.claimdesk.identity.TokenState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The link in the verification mail. Mail scanners open links, so opening it only shows a button; pressing the
 * button confirms the address, logs in with a fresh session id and opens Mijn dossier, once: after that, and after
 * a newer link was sent, the link does nothing.
 */
@ServerTest
class ConfirmationLinkTest {

    private static final String CONFIRM = "/nl/bevestigen";
    private static final String SESSION = "SESSION";

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    @Autowired
    OneTimeTokens tokens;

    @Autowired
    JdbcClient jdbc;

    private SiteClient visitor;
    private StoredSignUps stored;
    private String email;
    private String link;

    @BeforeEach
    void aSignUpWithItsMail() {
        visitor = new SiteClient(port);
        stored = new StoredSignUps(jdbc);
        email = Unique.email("confirm");
        new Funnel(visitor, "tiktok")
                .signUpChildren(email, child("Sem", "de Vries", Ages.childBornYearsAgo(clock, 14), 7));
        link = TestMailServer.linkPath(TestMailServer.awaitMail(email), CONFIRM + "/");
    }

    @Test
    void openingTheLinkChangesNothing() {
        HttpResponse<String> page = visitor.get(link);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<form method=\"post\" action=\"" + link + "\"", "Bevestig mijn aanmelding");
        assertThat(SiteClient.setCookie(page, SESSION)).isEmpty();
        assertThat(tokens.state(token(), TokenPurpose.VERIFY_REGISTRATION)).isEqualTo(TokenState.VALID);
        assertThat(stored.onlyRegistration(email).verified()).isFalse();
        assertThat(visitor.get("/dossier").statusCode()).as("not logged in").isEqualTo(302);
    }

    @Test
    void pressingTheButtonConfirmsLogsInAndOpensTheDossier() {
        visitor.get(link);
        HttpResponse<String> pressed = expectRedirect(visitor.post(link));

        assertThat(pressed.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/dossier"));
        assertThat(SiteClient.setCookie(pressed, SESSION)).isPresent();
        assertThat(stored.onlyRegistration(email).verified()).isTrue();
        assertThat(tokens.state(token(), TokenPurpose.VERIFY_REGISTRATION)).isEqualTo(TokenState.USED);
        HttpResponse<String> dossier = visitor.follow(pressed);
        assertThat(dossier.statusCode()).isEqualTo(200);
        assertThat(dossier.body()).contains("Sem de Vries", "Bevestigd");
    }

    @Test
    void confirmingWhileLoggedInGivesANewSessionId() {
        visitor.get("/nl/inloggen");
        visitor.post("/nl/inloggen", "email", email);
        String login = TestMailServer.linkPath(TestMailServer.awaitMail(email, "inloglink"), "/nl/inloggen/");
        visitor.get(login);
        String before = SiteClient.setCookie(expectRedirect(visitor.post(login)), SESSION)
                .orElseThrow();

        visitor.get(link);
        String after = SiteClient.setCookie(expectRedirect(visitor.post(link)), SESSION)
                .orElseThrow();

        assertThat(after).isNotEqualTo(before);
        assertThat(stored.onlyRegistration(email).verified()).isTrue();
    }

    @Test
    void aUsedLinkLogsInNobodyAgainAndAsksForALoginLink() {
        visitor.get(link);
        SiteClient otherTab = new SiteClient(port);
        otherTab.get(link);
        expectRedirect(otherTab.post(link));

        HttpResponse<String> again = visitor.post(link);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(SiteClient.setCookie(again, SESSION)).isEmpty();
        assertThat(again.body())
                .contains("Deze link is al gebruikt", "Vraag een inloglink aan")
                .contains("href=\"/nl/inloggen\"");
        assertThat(visitor.get("/dossier").statusCode()).as("not logged in").isEqualTo(302);
    }

    @Test
    void aNewConfirmationLinkRevokesTheEarlierOne() {
        visitor.get(CONFIRM);
        visitor.post(CONFIRM, "email", email);
        String newer = TestMailServer.awaitMails(email, 2).stream()
                .map(mail -> TestMailServer.linkPath(mail, CONFIRM + "/"))
                .filter(path -> !path.equals(link))
                .findFirst()
                .orElseThrow();

        assertShowsWayToNewLink(visitor.post(link), "Deze link werkt niet meer");
        assertThat(stored.onlyRegistration(email).verified()).isFalse();
        expectRedirect(visitor.post(newer));
        assertThat(stored.onlyRegistration(email).verified()).isTrue();
    }

    @Test
    void anExpiredLinkShowsAWayToGetANewOneAndConfirmsNothing() {
        TestTokens.expire(jdbc, token());

        assertThat(visitor.get(link).body()).contains("Deze link is verlopen");
        assertShowsWayToNewLink(visitor.post(link), "Deze link is verlopen");
        assertThat(stored.onlyRegistration(email).verified()).isFalse();
        assertThat(visitor.get("/dossier").statusCode()).as("not logged in").isEqualTo(302);
    }

    private static void assertShowsWayToNewLink(HttpResponse<String> response, String title) {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(SiteClient.setCookie(response, SESSION)).isEmpty();
        assertThat(response.body()).contains(title, "href=\"" + CONFIRM + "\"");
    }

    private String token() {
        return TestTokens.of(link);
    }
}
