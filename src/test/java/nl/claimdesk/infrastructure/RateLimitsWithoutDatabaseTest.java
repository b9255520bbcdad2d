package nl.claimdesk.infrastructure;

import static nl.claimdesk.registration.Funnel.child;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import javax.sql.DataSource;
import nl.claimdesk.Ages;
import nl.claimdesk.TestSettings;
import nl.claimdesk.Unique;
import nl.claimdesk.email.TestMailServer;
import nl.claimdesk.registration.Funnel;
import nl.claimdesk.registration.SiteClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * The limits of sign-up, login link and new confirmation link fail open: when the rate limiter cannot reach its
 * database, a person still signs up and gets their mails, and nobody sees an error page (docs/adr/0025). Every limit
 * is one request, so a limiter that counted would hold back every second mail.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "claimdesk.rate-limits.sign-up-per-ip=1",
            "claimdesk.rate-limits.sign-up-per-address=1",
            "claimdesk.rate-limits.login-per-ip=1",
            "claimdesk.rate-limits.login-per-address=1",
            "claimdesk.rate-limits.resend-per-ip=1",
            "claimdesk.rate-limits.resend-per-address=1"
        })
@ActiveProfiles("test")
class RateLimitsWithoutDatabaseTest {

    @Autowired
    Clock clock;

    @TestBean
    RateLimiter rateLimiter;

    @LocalServerPort
    int port;

    static RateLimiter rateLimiter() {
        DataSource unreachable = mock(DataSource.class);
        try {
            when(unreachable.getConnection()).thenThrow(new SQLTransientConnectionException("connection refused"));
        } catch (SQLException impossible) {
            throw new IllegalStateException(impossible);
        }
        return new RateLimiter(
                JdbcClient.create(unreachable),
                new DataSourceTransactionManager(unreachable),
                Clock.systemUTC(),
                new Pseudonyms(
                        mock(SiteSecrets.class),
                        TestSettings.bind(
                                InfrastructureSettings.class,
                                "claimdesk.privacy.pseudonym-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=")),
                "jdbc:postgresql://db:5432/claimdesk");
    }

    @Test
    void signUpLoginAndNewLinkGoThroughWhileTheLimiterCannotCount() {
        String email = Unique.email("unlimited");
        String other = Unique.email("unlimited-too");
        HttpResponse<String> sent = new Funnel(new SiteClient(port), "tiktok")
                .signUpChildren(email, child("Sem", "de Vries", Ages.childBornYearsAgo(clock, 14), 7));
        new Funnel(new SiteClient(port), "tiktok")
                .signUpChildren(other, child("Sem", "de Vries", Ages.childBornYearsAgo(clock, 14), 7));
        assertThat(sent.statusCode()).isEqualTo(200);
        TestMailServer.awaitMail(email);
        TestMailServer.awaitMail(other);

        for (String form : new String[] {"/nl/inloggen", "/nl/bevestigen"}) {
            for (int attempt = 0; attempt < 2; attempt++) {
                assertThat(request(form, email).statusCode()).as(form).isEqualTo(200);
            }
        }

        assertThat(TestMailServer.awaitMails(email, 5))
                .as("the verification mail, two login links and two new confirmation links")
                .hasSize(5);
    }

    private HttpResponse<String> request(String form, String email) {
        SiteClient visitor = new SiteClient(port);
        visitor.get(form);
        return visitor.post(form, "email", email);
    }
}
