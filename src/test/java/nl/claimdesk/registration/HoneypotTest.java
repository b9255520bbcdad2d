package nl.claimdesk.registration;

import static nl.claimdesk.registration.Funnel.child;
import static nl.claimdesk.registration.Funnel.expectRedirect;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import nl.claimdesk.Ages;
import nl.claimdesk.ServerTest;
import nl.claimdesk.Unique;
import nl.claimdesk.email.QueuedMails;
import nl.claimdesk.email.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The details page has a field people never see and robots fill in. A robot that fills it in is shown the same
 * "check your inbox" page as a person, so it learns nothing, but nothing is stored and no mail goes out.
 */
@ServerTest
class HoneypotTest {

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSignUpThatFilledInTheHiddenFieldLooksSentButIsNotStored() {
        String robot = Unique.email("robot");
        String person = Unique.email("person");

        HttpResponse<String> robotPage = signUp(robot, "https://cheap-pills.example");
        HttpResponse<String> personPage = signUp(person, "");

        assertThat(robotPage.statusCode()).isEqualTo(200);
        assertThat(SiteClient.comparable(robotPage.body(), robot))
                .isEqualTo(SiteClient.comparable(personPage.body(), person));
        TestMailServer.awaitMail(person);
        new StoredSignUps(jdbc).assertNothingStored(robot);
        new QueuedMails(jdbc).awaitDrained();
        assertThat(TestMailServer.mailsTo(robot)).isEmpty();
    }

    private HttpResponse<String> signUp(String email, String website) {
        SiteClient visitor = new SiteClient(port);
        Funnel funnel = new Funnel(visitor, "tiktok");
        expectRedirect(funnel.startWith("CHILDREN", "email", email, "website", website));
        expectRedirect(funnel.children(child("Sem", "de Vries", Ages.childBornYearsAgo(clock, 14), 7)));
        return visitor.follow(expectRedirect(funnel.send()));
    }
}
