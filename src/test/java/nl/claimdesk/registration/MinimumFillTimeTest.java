package nl.claimdesk.registration;

import static nl.claimdesk.registration.Funnel.child;
import static nl.claimdesk.registration.Funnel.expectRedirect;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import nl.claimdesk.Ages;
import nl.claimdesk.Unique;
import nl.claimdesk.email.TestMailServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Nobody fills in the whole funnel within ten seconds; whoever does is asked to check and send again, and that does
 * not count against the address's limit of one sign-up an hour.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "claimdesk.sign-up.minimum-fill-time=" + MinimumFillTimeTest.FILL_TIME_SECONDS + "s",
            "claimdesk.rate-limits.sign-up-per-address=1"
        })
@ActiveProfiles("test")
@DirtiesContext
class MinimumFillTimeTest {

    @Autowired
    Clock clock;

    static final int FILL_TIME_SECONDS = 10;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSignUpSentFasterThanAPersonCanIsShownAgainWithAnExplanationAndNotStored() {
        String email = Unique.email("too-fast");
        Funnel funnel = new Funnel(new SiteClient(port), "tiktok");
        expectRedirect(funnel.start("CHILDREN", email));
        expectRedirect(funnel.children(child("Sem", "de Vries", Ages.childBornYearsAgo(clock, 14), 7)));

        HttpResponse<String> sent = funnel.send();

        assertThat(sent.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(sent.body());
        assertThat(page.select("h1").text()).isEqualTo("Controleer je aanmelding");
        assertThat(page.select("#privacy #privacy-error").text()).contains("Dat ging wel erg snel");
        assertThat(page.select(".error-summary").text()).contains("Dat ging wel erg snel");
        assertThat(page.select("#privacy-yes").hasAttr("checked"))
                .as("the acknowledgement is kept")
                .isTrue();
        assertThat(page.body().text()).contains(email, "Sem de Vries");
        new StoredSignUps(jdbc).assertNothingStored(email);
    }

    @Test
    void sendingTooFastDoesNotCountAgainstTheAddress() throws InterruptedException {
        String email = Unique.email("hasty");
        Funnel funnel = new Funnel(new SiteClient(port), "tiktok");
        long opened = System.currentTimeMillis();
        expectRedirect(funnel.start("CHILDREN", email));
        expectRedirect(funnel.children(child("Sem", "de Vries", Ages.childBornYearsAgo(clock, 14), 7)));
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThat(funnel.send().statusCode()).as("shown again").isEqualTo(200);
        }

        Thread.sleep(Math.max(0, opened + FILL_TIME_SECONDS * 1000L + 500 - System.currentTimeMillis()));
        expectRedirect(funnel.send());

        TestMailServer.awaitMail(email);
        assertThat(new StoredSignUps(jdbc).mailsQueued(email)).isEqualTo(1);
    }
}
