package nl.claimdesk.registration;

import static nl.claimdesk.registration.Funnel.child;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import nl.claimdesk.Ages;
import nl.claimdesk.Unique;
import nl.claimdesk.email.QueuedMails;
import nl.claimdesk.email.TestMailServer;
import org.awaitility.Awaitility;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A node whose mail server is down still takes sign-ups: the verification mail waits in the outbox, is retried, and
 * goes out exactly once when the server is back. (The context is closed afterwards, so its worker does not keep
 * trying to deliver other tests' mail to a server that is gone.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class SignUpWhileMailIsDownTest {

    /** A port nothing listens on until the test starts a mail server there. */
    private static final int DOWN_PORT = TestMailServer.freePort();

    @DynamicPropertySource
    static void mailServerThatIsDown(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.port", () -> DOWN_PORT);
    }

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private @Nullable GreenMail lateServer;

    @AfterEach
    void stopTheLateServer() {
        if (lateServer != null) {
            lateServer.stop();
        }
    }

    @Test
    void theSignUpSucceedsAndItsMailGoesOutOnceWhenTheMailServerIsBack() {
        String email = Unique.email("smtp-down");

        HttpResponse<String> sent = new Funnel(new SiteClient(port), "tiktok")
                .signUpChildren(email, child("Sem", "de Vries", Ages.childBornYearsAgo(clock, 14), 7));

        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(sent.body()).as("the page that says the mail is on its way").contains(email);
        assertThat(new StoredSignUps(jdbc).registrations(email)).hasSize(1);
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> new QueuedMails(jdbc).deliveryTo(email).attempts() >= 2);
        QueuedMails.Delivery waiting = new QueuedMails(jdbc).deliveryTo(email);
        assertThat(waiting.pending()).isTrue();
        assertThat(waiting.lastError()).isNotBlank();
        assertThat(waiting.sent()).isFalse();

        lateServer = new GreenMail(new ServerSetup(DOWN_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        lateServer.start();

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> received(email) >= 1);
        Awaitility.await()
                .during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(5))
                .until(() -> received(email) == 1);
        QueuedMails.Delivery delivered = new QueuedMails(jdbc).deliveryTo(email);
        assertThat(delivered.pending()).isFalse();
        assertThat(delivered.sent()).isTrue();
        assertThat(TestMailServer.mailsTo(email))
                .as("nothing went to the other server")
                .isEmpty();
    }

    private long received(String email) {
        return Arrays.stream(lateServer.getReceivedMessages())
                .filter(message -> TestMailServer.isFor(message, email))
                .count();
    }
}
