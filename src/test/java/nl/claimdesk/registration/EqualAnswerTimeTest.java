package nl.claimdesk.registration;

import static nl.claimdesk.registration.Funnel.child;
import static nl.claimdesk.registration.Funnel.expectRedirect;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.claimdesk.Ages;
import nl.claimdesk.Unique;
import nl.claimdesk.email.TestMailServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Nobody can tell by the time an answer takes whether an address is registered (docs/adr/0025). Known and new
 * addresses are tried in turns, {@value #TRIES} times each, and the medians of their answer times must lie within
 * {@link #BOUND} of each other: well above the jitter of a busy two-core machine, well below any extra database round
 * trips or background work that only one kind of address costs (unpadded, a login link took 39 ms for a known address
 * against 14 ms for a new one on a busy machine). Every answer also has to take at least the answer time, or the
 * padding is not at work.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "claimdesk.answer-time=" + EqualAnswerTimeTest.ANSWER_TIME_MS + "ms")
@ActiveProfiles("test")
class EqualAnswerTimeTest {

    @Autowired
    Clock clock;

    static final int ANSWER_TIME_MS = 300;
    private static final int TRIES = 30;
    private static final int WARM_UP = 5;
    private static final Duration BOUND = Duration.ofMillis(20);

    @LocalServerPort
    int port;

    private String known = "";

    @BeforeEach
    void aRegisteredAddress() {
        known = Unique.email("known");
        new Funnel(new SiteClient(port), "tiktok")
                .signUpChildren(known, child("Sem", "de Vries", Ages.childBornYearsAgo(clock, 14), 7));
        TestMailServer.awaitMail(known);
    }

    @Test
    void aSignUpWithAKnownAddressTakesAsLongAsOneWithANewAddress() {
        measure(email -> {
                    Funnel funnel = readyToSend(email);
                    return () -> funnel.sendFromCheckPage();
                })
                .assertEqual();
    }

    @Test
    void askingForALoginLinkTakesAsLongForAKnownAddressAsForANewOne() {
        measure(email -> form("/nl/inloggen", email)).assertEqual();
    }

    @Test
    void askingForANewConfirmationLinkTakesAsLongForAKnownAddressAsForANewOne() {
        measure(email -> form("/nl/bevestigen", email)).assertEqual();
    }

    /**
     * Prepares a request for an address without timing it (pages before the one that sends), then times only the
     * request that sends; known and new addresses take turns, and which of the two goes first alternates.
     */
    private Times measure(Function<String, Supplier<HttpResponse<String>>> prepare) {
        Samples known = new Samples();
        Samples fresh = new Samples();
        for (int round = 0; round < WARM_UP + TRIES; round++) {
            boolean knownFirst = round % 2 == 0;
            for (int turn = 0; turn < 2; turn++) {
                boolean isKnown = knownFirst == (turn == 0);
                Supplier<HttpResponse<String>> request = prepare.apply(isKnown ? this.known : Unique.email("new"));
                long started = System.nanoTime();
                HttpResponse<String> answer = request.get();
                long took = System.nanoTime() - started;
                assertThat(answer.statusCode()).isIn(200, 302);
                if (round >= WARM_UP) {
                    (isKnown ? known : fresh).add(took);
                }
            }
        }
        return new Times(known, fresh);
    }

    private Funnel readyToSend(String email) {
        Funnel funnel = new Funnel(new SiteClient(port), "tiktok");
        expectRedirect(funnel.start("CHILDREN", email));
        expectRedirect(funnel.children(child("Sem", Unique.letters(8), Ages.childBornYearsAgo(clock, 14), 7)));
        funnel.check();
        return funnel;
    }

    private Supplier<HttpResponse<String>> form(String path, String email) {
        SiteClient visitor = new SiteClient(port);
        visitor.get(path);
        return () -> visitor.post(path, "email", email);
    }

    private record Times(Samples known, Samples fresh) {

        void assertEqual() {
            assertThat(List.of(known.median(), fresh.median()))
                    .as("padded to the answer time")
                    .allSatisfy(median -> assertThat(median).isGreaterThanOrEqualTo(Duration.ofMillis(ANSWER_TIME_MS)));
            Duration difference = known.median().minus(fresh.median()).abs();
            assertThat(difference)
                    .as("medians: known %s, new %s", known.median(), fresh.median())
                    .isLessThan(BOUND);
        }
    }

    private static final class Samples {

        private final List<Long> nanos = new ArrayList<>();

        void add(long took) {
            nanos.add(took);
        }

        Duration median() {
            List<Long> sorted = nanos.stream().sorted().toList();
            int middle = sorted.size() / 2;
            long median =
                    sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
            return Duration.ofNanos(median);
        }
    }
}
