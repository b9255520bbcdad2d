package nl.claimdesk.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.claimdesk.IntegrationTest;
import nl.claimdesk.MutableClock;
import nl.claimdesk.TestSettings;
import nl.claimdesk.campaign.internal.CampaignImporter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class RegistrationCounterTest {

    private static final Duration MAXIMUM_AGE = Duration.ofSeconds(2);
    private static final CampaignSettings SETTINGS =
            TestSettings.bind(CampaignSettings.class, "claimdesk.counter.maximum-age=" + MAXIMUM_AGE);

    @Autowired
    CampaignImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    private final MutableClock clock = MutableClock.at("2026-11-28T20:00:00Z");
    private CampaignId campaign;

    @BeforeEach
    void newCampaign() {
        campaign = importer.importDefinition(TestCampaigns.minimal(TestCampaigns.uniqueSlug("counter")));
    }

    @Test
    void concurrentSignUpsAreEachCountedOnce() throws Exception {
        RegistrationCounter counter = new RegistrationCounter(jdbc, clock, SETTINGS);
        int threads = 8;
        int signUpsPerThread = 50;
        List<Callable<Void>> signUps = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            signUps.add(() -> {
                for (int j = 0; j < signUpsPerThread; j++) {
                    transactions.executeWithoutResult(status -> counter.add(campaign, 1));
                }
                return null;
            });
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (Future<Void> done : pool.invokeAll(signUps)) {
                done.get();
            }
        }

        assertThat(counter.registrations(campaign)).isEqualTo(threads * signUpsPerThread);
    }

    @Test
    void aReaderSeesNewSignUpsOnceItsValueIsAsOldAsTheBound() {
        RegistrationCounter counter = new RegistrationCounter(jdbc, clock, SETTINGS);
        assertThat(counter.registrations(campaign)).isZero();

        transactions.executeWithoutResult(status -> counter.add(campaign, 3));
        clock.advance(MAXIMUM_AGE.minusMillis(1));
        assertThat(counter.registrations(campaign))
                .as("within the bound the cached value may be served")
                .isZero();

        clock.advance(Duration.ofMillis(1));
        await().atMost(Duration.ofSeconds(10))
                .alias("the stale value starts a refresh in the background")
                .untilAsserted(() -> assertThat(counter.registrations(campaign)).isEqualTo(3));
    }

    @Test
    void anotherNodeAndARestartedNodeSeeTheStoredCount() {
        RegistrationCounter nodeA = new RegistrationCounter(jdbc, clock, SETTINGS);
        transactions.executeWithoutResult(status -> {
            nodeA.add(campaign, 5);
            nodeA.add(campaign, -1);
        });

        RegistrationCounter nodeB = new RegistrationCounter(jdbc, clock, SETTINGS);
        assertThat(nodeB.registrations(campaign)).isEqualTo(4);
    }

    @Test
    void aRolledBackSignUpIsNotCounted() {
        RegistrationCounter counter = new RegistrationCounter(jdbc, clock, SETTINGS);
        transactions.executeWithoutResult(status -> {
            counter.add(campaign, 1);
            status.setRollbackOnly();
        });

        assertThat(counter.registrations(campaign)).isZero();
    }

    @Test
    void signUpsSpreadOverSeveralRows() {
        RegistrationCounter counter = new RegistrationCounter(jdbc, clock, SETTINGS);
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < 200; i++) {
                counter.add(campaign, 1);
            }
        });

        long rowsTouched = jdbc.sql(
                        "select count(*) from registration_count_shard where campaign_id = ? and registrations > 0")
                .param(campaign.value())
                .query(Long.class)
                .single();
        assertThat(rowsTouched).isGreaterThan(RegistrationCounter.SHARDS / 2L);
    }
}
