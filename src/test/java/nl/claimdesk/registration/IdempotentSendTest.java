package nl.claimdesk.registration;

import static nl.claimdesk.registration.Funnel.child;
import static nl.claimdesk.registration.Funnel.expectRedirect;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.claimdesk.Ages;
import nl.claimdesk.ServerTest;
import nl.claimdesk.Unique;
import nl.claimdesk.email.QueuedMails;
import nl.claimdesk.email.TestMailServer;
import nl.claimdesk.registration.internal.RetentionStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sign-up form carries an idempotency key (in the draft cookie), so a double click or a retried request stores
 * the sign-up once and sends its verification mail once, whatever the timing. A kept copy of the sealed draft cookie
 * stores nothing more either: not with another address typed into it, and not after its registration was erased.
 */
@ServerTest
class IdempotentSendTest {

    private static final int SIMULTANEOUS_ROUNDS = 5;

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RetentionStore retention;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void sendingTheSameFormAgainAndAgainStoresItOnce() {
        String email = Unique.email("retry");
        CapturedSend send = readyToSend(email);

        for (int attempt = 0; attempt < 3; attempt++) {
            assertAcknowledged(send.replay());
        }

        assertStoredOnceWithOneMail(email);
    }

    @Test
    void sendingTheSameFormTwiceAtTheSameMomentStoresItOnce() throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            for (int round = 0; round < SIMULTANEOUS_ROUNDS; round++) {
                String email = Unique.email("double-click");
                CapturedSend send = readyToSend(email);
                CountDownLatch ready = new CountDownLatch(2);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<HttpResponse<String>>> clicks = new ArrayList<>();
                for (int click = 0; click < 2; click++) {
                    clicks.add(pool.submit(() -> {
                        ready.countDown();
                        go.await();
                        return send.replay();
                    }));
                }
                ready.await();
                go.countDown();

                for (Future<HttpResponse<String>> click : clicks) {
                    assertAcknowledged(click.get());
                }
                assertStoredOnceWithOneMail(email);
            }
        }
    }

    @Test
    void aDraftSentAgainAfterItsRegistrationWasErasedStoresNothing() {
        String email = Unique.email("erased");
        CapturedSend send = readyToSend(email);
        assertAcknowledged(send.replay());
        StoredSignUps.Registration registration = new StoredSignUps(jdbc).onlyRegistration(email);
        transactions.executeWithoutResult(status -> retention.delete(registration.id()));

        assertAcknowledged(send.replay());

        assertThat(new StoredSignUps(jdbc).registrations(email)).isEmpty();
    }

    @Test
    void aSentDraftWithAnotherAddressTypedIntoItStoresAndMailsNothing() {
        String registered = Unique.email("registered");
        new Funnel(new SiteClient(port), "tiktok")
                .signUpChildren(registered, child("Sem", "de Vries", Ages.childBornYearsAgo(clock, 14), 7));
        CapturedSend send = readyToSend(Unique.email("first"));
        assertAcknowledged(send.replay());

        HttpResponse<String> retyped = send.post(
                send.uri().resolve("gegevens"),
                "firstName=Anna&lastName=de+Vries&birthDay=3&birthMonth=4&birthYear=1985&country=NL"
                        + "&postcode=1234+AB&website=&email=" + URLEncoder.encode(registered, StandardCharsets.UTF_8));
        String retypedDraft =
                SiteClient.setCookie(expectRedirect(retyped), "signup").orElseThrow();
        assertAcknowledged(send.withDraft(retypedDraft).replay());

        assertThat(new StoredSignUps(jdbc).mailsQueued(registered))
                .as("only the mail of the address's own sign-up")
                .isEqualTo(1);
    }

    private static void assertAcknowledged(HttpResponse<String> response) {
        assertThat(expectRedirect(response).headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/nl/tiktok/aanmelden/verstuurd"));
    }

    private void assertStoredOnceWithOneMail(String email) {
        StoredSignUps stored = new StoredSignUps(jdbc);
        assertThat(stored.registrations(email)).as("registrations of %s", email).hasSize(1);
        assertThat(stored.claimants(email)).hasSize(1);
        assertThat(stored.mailsQueued(email)).as("mails queued for %s", email).isEqualTo(1);
        TestMailServer.awaitMail(email);
        new QueuedMails(jdbc).awaitDrained();
        assertThat(TestMailServer.mailsTo(email)).hasSize(1);
    }

    /** Goes through the funnel up to the check page and captures what its send button would post. */
    private CapturedSend readyToSend(String email) {
        SiteClient visitor = new SiteClient(port);
        Funnel funnel = new Funnel(visitor, "tiktok");
        expectRedirect(funnel.start("CHILDREN", email));
        expectRedirect(funnel.children(child("Sem", "de Vries", Ages.childBornYearsAgo(clock, 14), 7)));
        funnel.check();
        assertThat(visitor.cookie("signup")).as("the draft cookie").isPresent();
        return new CapturedSend(
                visitor.uri(funnel.sendPath()),
                visitor.cookieHeader(),
                "_csrf=" + URLEncoder.encode(visitor.csrf(), StandardCharsets.UTF_8));
    }

    /** The request the send button makes, replayable as often as a browser or a proxy might. */
    private record CapturedSend(URI uri, String cookies, String form) {

        HttpResponse<String> replay() {
            return post(uri, "privacy=yes");
        }

        /** Posts {@code fields} (URL-encoded) to {@code target} with the captured cookies and CSRF token. */
        HttpResponse<String> post(URI target, String fields) {
            return SiteClient.sendRaw(HttpRequest.newBuilder(target)
                    .header("Cookie", cookies)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form + "&" + fields))
                    .build());
        }

        /** The same request with {@code draft} as the value of the draft cookie. */
        CapturedSend withDraft(String draft) {
            return new CapturedSend(uri, cookies.replaceAll("signup=[^;]*", "signup=" + draft), form);
        }
    }
}
