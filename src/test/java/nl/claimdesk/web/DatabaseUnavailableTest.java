package nl.claimdesk.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.claimdesk.ServerTest;
import nl.claimdesk.infrastructure.SiteCookies;
import nl.claimdesk.registration.SiteClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * When the database is away, a request fails fast with a 503 page in its own language that asks to try again in a
 * moment, with {@code Retry-After}: never a hang or a 500. The database is made unreachable by taking every
 * connection of a small pool, so that the request waits the pool's connection timeout and gets none.
 */
@ServerTest
@TestPropertySource(
        properties = {
            "spring.datasource.hikari.maximum-pool-size=2",
            "spring.datasource.hikari.connection-timeout=500",
            "claimdesk.counter.maximum-age=100ms"
        })
class DatabaseUnavailableTest {

    private static final Pattern COUNTER = Pattern.compile("<span class=\"counter__value\">([^<]*)</span>");

    @LocalServerPort
    int port;

    @Autowired
    HikariDataSource dataSource;

    @Autowired
    SiteCookies cookies;

    @Test
    void aRequestThatGetsNoConnectionGetsTheUnavailablePageInItsLanguageAtOnce() throws Exception {
        SiteClient visitor = new SiteClient(port);
        // Opening a login link looks its token up in the database.
        String token = UUID.randomUUID().toString();

        List<Connection> held = holdEveryConnection();
        long start = System.nanoTime();
        HttpResponse<String> dutchAnswer;
        HttpResponse<String> englishAnswer;
        try {
            dutchAnswer = visitor.get("/nl/inloggen/" + token);
            englishAnswer = visitor.get("/en/log-in/" + token);
        } finally {
            release(held);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(dutchAnswer.statusCode()).isEqualTo(503);
        assertThat(dutchAnswer.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(dutchAnswer.body()).contains("<html lang=\"nl\"", "Probeer het zo meteen opnieuw");
        assertThat(englishAnswer.statusCode()).isEqualTo(503);
        assertThat(englishAnswer.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(englishAnswer.body()).contains("<html lang=\"en\"", "Please try again in a moment");
        assertThat(englishAnswer.body()).doesNotContain("Exception", "Hikari");
        assertThat(englishAnswer.headers().firstValue("Content-Security-Policy"))
                .isPresent();
        assertThat(took)
                .as("two requests, each waiting at most the connection timeout")
                .isLessThan(Duration.ofSeconds(10));

        assertThat(visitor.get("/nl/inloggen/" + token).statusCode())
                .as("the same request once the database is back")
                .isEqualTo(200);
    }

    @Test
    void aRequestWhoseSessionCannotBeLoadedGetsTheUnavailablePage() throws Exception {
        SiteClient visitor = new SiteClient(port);
        // Mijn dossier loads the session from the database in a filter, before any controller.
        String sessionId =
                Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(UTF_8));
        HttpRequest inMijnDossier = HttpRequest.newBuilder(visitor.uri("/dossier"))
                .header("Cookie", cookies.sessionCookieName() + "=" + sessionId)
                .build();

        List<Connection> held = holdEveryConnection();
        HttpResponse<String> answer;
        try {
            answer = SiteClient.sendRaw(inMijnDossier);
        } finally {
            release(held);
        }

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(answer.body()).contains("Probeer het zo meteen opnieuw");
        assertThat(answer.headers().firstValue("Content-Security-Policy"))
                .hasValue(SiteSecurity.CONTENT_SECURITY_POLICY);
        assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void pagesServedFromMemoryKeepBeingServedWithTheLastCountAndReadinessSaysNoAtOnce() throws Exception {
        SiteClient visitor = new SiteClient(port);
        String count = counter(visitor.get("/nl/tiktok").body());

        List<Connection> held = holdEveryConnection();
        long start = System.nanoTime();
        HttpResponse<String> landing;
        HttpResponse<String> english;
        HttpResponse<String> timeline;
        HttpResponse<String> readiness;
        try {
            Thread.sleep(200); // the count is older than its bound: the landing page starts a refresh that fails
            landing = visitor.get("/nl/tiktok");
            english = visitor.get("/en/tiktok");
            timeline = visitor.get("/nl/tiktok/tijdlijn");
            readiness = visitor.get("/readyz");
        } finally {
            release(held);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(landing.statusCode()).isEqualTo(200);
        assertThat(counter(landing.body())).as("the last count read").isEqualTo(count);
        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(timeline.statusCode()).isEqualTo(200);
        assertThat(readiness.statusCode())
                .as("readiness while the database is away")
                .isEqualTo(503);
        assertThat(took)
                .as("no page waits for the database; readiness at most its connection timeout")
                .isLessThan(Duration.ofSeconds(3));
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(visitor.get("/readyz").statusCode())
                        .as("ready again once the database is back")
                        .isEqualTo(200));
    }

    private static String counter(String page) {
        Matcher value = COUNTER.matcher(page);
        assertThat(value.find()).as("the landing page shows the counter").isTrue();
        return value.group(1);
    }

    @Test
    void onPostgresqlNoStatementAndNoReadWaitsForever() throws SQLException {
        assumeTrue(dataSource.getJdbcUrl().startsWith("jdbc:postgresql:"), "the driver settings are PostgreSQL's");
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet timeout = statement.executeQuery("select current_setting('statement_timeout')")) {
            timeout.next();
            assertThat(timeout.getString(1)).isEqualTo("20s");
            assertThat(connection.getNetworkTimeout()).as("socket timeout, ms").isEqualTo(30_000);
        }
    }

    /** Takes every connection of the pool; background jobs may hold one for a moment, so it waits for them. */
    private List<Connection> holdEveryConnection() throws SQLException {
        List<Connection> held = new ArrayList<>();
        for (int attempt = 0; held.size() < dataSource.getMaximumPoolSize() && attempt < 40; attempt++) {
            try {
                held.add(dataSource.getConnection());
            } catch (SQLException busy) {
                // a background job had it; it gives it back within moments
            }
        }
        assertThat(held).hasSize(dataSource.getMaximumPoolSize());
        return held;
    }

    private static void release(List<Connection> held) throws SQLException {
        for (Connection connection : held) {
            connection.close();
        }
    }
}
