package nl.claimdesk.registration;

import static nl.claimdesk.registration.Funnel.child;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import nl.claimdesk.Ages;
import nl.claimdesk.ServerTest;
import nl.claimdesk.Unique;
import nl.claimdesk.email.QueuedMails;
import nl.claimdesk.email.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Asking for a new confirmation link tells nobody whether the address signed up. */
@ServerTest
class ResendConfirmationTest {

    private static final String CONFIRM = "/nl/bevestigen";

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aKnownAndAnUnknownAddressGetTheSameAnswerButOnlyTheKnownOneGetsANewLink() {
        String known = Unique.email("resend");
        String unknown = Unique.email("nobody");
        new Funnel(new SiteClient(port), "tiktok")
                .signUpChildren(known, child("Sem", "de Vries", Ages.childBornYearsAgo(clock, 14), 7));
        String firstLink = TestMailServer.linkPath(TestMailServer.awaitMail(known), CONFIRM + "/");

        HttpResponse<String> forUnknown = resend(unknown);
        HttpResponse<String> forKnown = resend(known);

        assertThat(forKnown.statusCode()).isEqualTo(200);
        assertThat(forUnknown.statusCode()).isEqualTo(forKnown.statusCode());
        String answer = SiteClient.comparable(forKnown.body(), known);
        assertThat(answer).as("the answer names the address").contains("ADDRESS");
        assertThat(SiteClient.comparable(forUnknown.body(), unknown)).isEqualTo(answer);
        List<MimeMessage> mails = TestMailServer.awaitMails(known, 2);
        String newLink = TestMailServer.linkPath(mails.get(1), CONFIRM + "/");
        assertThat(newLink).isNotEqualTo(firstLink);
        new QueuedMails(jdbc).awaitDrained();
        assertThat(TestMailServer.mailsTo(unknown)).isEmpty();
        assertThat(new StoredSignUps(jdbc).mailsQueued(unknown)).isZero();
    }

    private HttpResponse<String> resend(String email) {
        SiteClient visitor = new SiteClient(port);
        visitor.get(CONFIRM);
        return visitor.post(CONFIRM, "email", email);
    }
}
