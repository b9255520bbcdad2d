package nl.claimdesk.registration;

import static nl.claimdesk.registration.Funnel.child;
import static nl.claimdesk.registration.Funnel.expectRedirect;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.claimdesk.Ages;
import nl.claimdesk.Unique;
import nl.claimdesk.email.TestMailServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The rate limits of sign-up, login link and new confirmation link never lock a real person out and never tell
 * anything about an address: over a limit on the address, and for a sign-up also over the limit on the network
 * address, the answer is the normal one and only the mail is held back (a sign-up is still stored). Only a flood of
 * login or confirmation-link requests from one network address is refused, with a 429 page. Robots caught by the
 * hidden field do not count against anyone. Every test comes from 127.0.0.1 and starts with no counts.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "claimdesk.rate-limits.sign-up-per-ip=" + RateLimitedFormsTest.PER_IP,
            "claimdesk.rate-limits.sign-up-per-address=" + RateLimitedFormsTest.PER_ADDRESS,
            "claimdesk.rate-limits.login-per-ip=" + RateLimitedFormsTest.PER_IP,
            "claimdesk.rate-limits.login-per-address=" + RateLimitedFormsTest.PER_ADDRESS,
            "claimdesk.rate-limits.resend-per-ip=" + RateLimitedFormsTest.PER_IP,
            "claimdesk.rate-limits.resend-per-address=" + RateLimitedFormsTest.PER_ADDRESS
        })
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class RateLimitedFormsTest {

    @Autowired
    Clock clock;

    static final int PER_IP = 3;
    static final int PER_ADDRESS = 2;
    /** Every limit's window (10 minutes, a quarter, an hour) starts on a multiple of this. */
    private static final Duration WINDOW_GRID = Duration.ofMinutes(5);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** Counts of earlier tests (and runs) do not carry over; and a test does not straddle two windows. */
    @BeforeEach
    void freshCountsInOneWindow() throws InterruptedException {
        long left = WINDOW_GRID.toMillis() - System.currentTimeMillis() % WINDOW_GRID.toMillis();
        if (left < Duration.ofSeconds(30).toMillis()) {
            Thread.sleep(left + 100);
        }
        jdbc.sql("delete from rate_limit_window").update();
    }

    @Test
    void anAddressOverItsSignUpLimitSeesTheSentPageAndIsStoredWithoutAMail() {
        String email = Unique.email("limited");
        for (int attempt = 0; attempt <= PER_ADDRESS; attempt++) {
            assertSent(signUp(email, ""));
        }

        StoredSignUps stored = new StoredSignUps(jdbc);
        StoredSignUps.Registration registration = stored.onlyRegistration(email);
        assertThat(repeats(registration))
                .as("every sign-up after the first is recorded, also the one over the limit")
                .isEqualTo(PER_ADDRESS);
        assertThat(stored.mailsQueued(email))
                .as("the verification mail and one 'already registered' mail; none for the attempt over the limit")
                .isEqualTo(PER_ADDRESS);
    }

    @Test
    void aFloodOfSignUpsFromOneNetworkAddressSeesTheSentPageAndIsStoredWithoutAMail() {
        List<String> addresses = new ArrayList<>();
        for (int attempt = 0; attempt <= PER_IP; attempt++) {
            String email = Unique.email("crowded");
            addresses.add(email);
            assertSent(signUp(email, ""));
        }

        StoredSignUps stored = new StoredSignUps(jdbc);
        for (String email : addresses) {
            stored.onlyRegistration(email);
        }
        assertThat(addresses.subList(0, PER_IP))
                .allSatisfy(email -> assertThat(stored.mailsQueued(email)).isEqualTo(1));
        assertThat(stored.mailsQueued(addresses.getLast()))
                .as("the sign-up over the limit is kept, its mail is not sent")
                .isZero();
    }

    @Test
    void robotsCaughtByTheHiddenFieldDoNotCountAgainstTheAddressOrTheNetwork() {
        String email = Unique.email("targeted");
        for (int robot = 0; robot <= PER_IP; robot++) {
            assertSent(signUp(email, "https://cheap-pills.example"));
        }

        assertSent(signUp(email, ""));

        TestMailServer.awaitMail(email);
        assertThat(new StoredSignUps(jdbc).mailsQueued(email)).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/nl/inloggen", "/nl/bevestigen"})
    void anAddressOverItsLimitGetsTheSamePageWithoutAMail(String form) throws InterruptedException {
        String email = Unique.email("asked");
        assertSent(signUp(email, ""));
        TestMailServer.awaitMail(email);
        jdbc.sql("delete from rate_limit_window").update();

        List<HttpResponse<String>> answers = new ArrayList<>();
        for (int attempt = 0; attempt <= PER_ADDRESS; attempt++) {
            answers.add(request(form, email));
        }

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(SiteClient.comparable(answer.body(), email))
                    .isEqualTo(SiteClient.comparable(answers.getFirst().body(), email));
        });
        TestMailServer.awaitMails(email, 1 + PER_ADDRESS);
        Thread.sleep(1500); // the mails are written after the answer; give a wrong third one time to show up
        assertThat(new StoredSignUps(jdbc).mailsQueued(email))
                .as("the sign-up's mail and one per request within the limit")
                .isEqualTo(1 + PER_ADDRESS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/nl/inloggen", "/nl/bevestigen"})
    void aFloodFromOneNetworkAddressIsRefusedWithA429(String form, CapturedOutput log) {
        for (int attempt = 0; attempt < PER_IP; attempt++) {
            assertThat(request(form, Unique.email("flood")).statusCode()).isEqualTo(200);
        }

        HttpResponse<String> refused = request(form, Unique.email("flood"));

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(log.getOut()).containsPattern("rate-limit.refused limit=[\\w-]+");
    }

    private HttpResponse<String> signUp(String email, String website) {
        SiteClient visitor = new SiteClient(port);
        Funnel funnel = new Funnel(visitor, "tiktok");
        expectRedirect(funnel.startWith("CHILDREN", "email", email, "website", website));
        expectRedirect(funnel.children(child("Sem", Unique.letters(8), Ages.childBornYearsAgo(clock, 14), 7)));
        return funnel.send();
    }

    private static void assertSent(HttpResponse<String> answer) {
        assertThat(expectRedirect(answer).headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/nl/tiktok/aanmelden/verstuurd"));
    }

    private HttpResponse<String> request(String form, String email) {
        SiteClient visitor = new SiteClient(port);
        visitor.get(form);
        return visitor.post(form, "email", email);
    }

    private long repeats(StoredSignUps.Registration registration) {
        return jdbc.sql("select count(*) from repeated_signup where registration_id = ?")
                .param(registration.id())
                .query(Long.class)
                .single();
    }
}
