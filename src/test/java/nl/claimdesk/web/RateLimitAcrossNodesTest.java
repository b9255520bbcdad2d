package nl.claimdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.claimdesk.Ages;
import nl.claimdesk.ClaimdeskApplication;
import nl.claimdesk.Unique;
import nl.claimdesk.email.QueuedMails;
import nl.claimdesk.email.TestMailServer;
import nl.claimdesk.registration.Funnel;
import nl.claimdesk.registration.SiteClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two application nodes on one database count the same attempts: a limit of three login-link requests per network
 * address per quarter of an hour holds however the requests are spread over the nodes, and the refusal is a clear
 * 429 page; a limit of three new confirmation links per email address lets exactly three mails out of a burst on
 * both nodes, while every request gets the normal page.
 */
class RateLimitAcrossNodesTest {

    private static final int LIMIT = 3;
    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final String LOG_IN = "/nl/inloggen";
    private static final String NEW_LINK = "/nl/bevestigen";

    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startTwoNodes() {
        nodeA = startNode();
        nodeB = startNode();
    }

    @AfterAll
    static void stopTheNodes() {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeA, nodeB}) {
            if (node != null) {
                node.close();
            }
        }
    }

    /**
     * The limit counts in fixed windows; a test that straddles two windows would see a fresh count. All requests come
     * from 127.0.0.1, so counts of an earlier test or run are cleared.
     */
    @BeforeEach
    void freshCountsInOneWindow() throws InterruptedException {
        long intoWindow = System.currentTimeMillis() % WINDOW.toMillis();
        long left = WINDOW.toMillis() - intoWindow;
        if (left < Duration.ofSeconds(20).toMillis()) {
            Thread.sleep(left + 100);
        }
        nodeA.getBean(JdbcClient.class).sql("delete from rate_limit_window").update();
    }

    @Test
    void theFourthRequestFromANetworkAddressIsRefusedWhicheverNodeItReaches() {
        List<Integer> statuses = new ArrayList<>();
        for (int attempt = 0; attempt < LIMIT; attempt++) {
            statuses.add(requestLink(attempt % 2 == 0 ? nodeA : nodeB, Unique.email("limited"))
                    .statusCode());
        }
        assertThat(statuses).containsOnly(200);

        HttpResponse<String> refused = requestLink(nodeB, Unique.email("limited"));

        assertThat(refused.statusCode()).isEqualTo(429);
        long retryAfter =
                Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, WINDOW.toSeconds());
        Document page = Jsoup.parse(refused.body());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("nl");
        assertThat(page.select("h1").text()).isEqualTo("Even geduld");
        assertThat(page.body().text()).contains("Probeer het over " + (retryAfter + 59) / 60 + " minuten opnieuw");
        assertThat(requestLink(nodeA, Unique.email("limited")).statusCode())
                .as("the other node refuses too")
                .isEqualTo(429);
    }

    @Test
    void aBurstOnBothNodesAtOnceLetsExactlyTheLimitOfMailsOutAndNeverFails() throws Exception {
        String email = Unique.email("burst");
        new Funnel(new SiteClient(port(nodeA)), "tiktok")
                .signUpChildren(
                        email,
                        Funnel.child("Sem", "de Vries", Ages.childBornYearsAgo(nodeA.getBean(Clock.class), 14), 7));
        TestMailServer.awaitMail(email);
        int requests = 12;
        List<SiteClient> visitors = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            SiteClient visitor = new SiteClient(port(i % 2 == 0 ? nodeA : nodeB));
            visitor.get(NEW_LINK);
            visitors.add(visitor);
        }

        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(requests)) {
            CountDownLatch ready = new CountDownLatch(requests);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (SiteClient visitor : visitors) {
                answers.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return visitor.post(NEW_LINK, "email", email);
                }));
            }
            ready.await();
            go.countDown();
            for (Future<HttpResponse<String>> answer : answers) {
                statuses.add(answer.get().statusCode());
            }
        }

        assertThat(statuses).containsOnly(200);
        TestMailServer.awaitMails(email, 1 + LIMIT);
        Thread.sleep(1500); // the mails are written after the answers; give a wrong fourth one time to be queued
        new QueuedMails(nodeA.getBean(JdbcClient.class)).awaitDrained();
        assertThat(TestMailServer.mailsTo(email))
                .as("the sign-up's mail and exactly the limit of new links")
                .hasSize(1 + LIMIT);
    }

    private static HttpResponse<String> requestLink(ConfigurableApplicationContext node, String email) {
        SiteClient visitor = new SiteClient(port(node));
        visitor.get(LOG_IN);
        return visitor.post(LOG_IN, "email", email);
    }

    private static int port(ConfigurableApplicationContext node) {
        return node.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    private static ConfigurableApplicationContext startNode() {
        return new SpringApplicationBuilder(ClaimdeskApplication.class)
                .profiles("test")
                .run(
                        "--server.port=0",
                        "--management.server.port=0",
                        "--claimdesk.rate-limits.login-per-ip=" + LIMIT,
                        "--claimdesk.rate-limits.resend-per-address=" + LIMIT);
    }
}
