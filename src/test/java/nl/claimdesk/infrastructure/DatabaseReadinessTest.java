package nl.claimdesk.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.time.Duration;
import nl.claimdesk.IntegrationTest;
import nl.claimdesk.TestSettings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/**
 * Readiness says DOWN within its timeout when the database stops answering: a load balancer must take the node out
 * within seconds, not after the driver's 30 s socket timeout (ADR 0049).
 */
@IntegrationTest
class DatabaseReadinessTest {

    private static final InfrastructureSettings SETTINGS =
            TestSettings.bind(InfrastructureSettings.class, "claimdesk.readiness-timeout=1s");

    @Autowired
    HikariDataSource applicationPool;

    @Test
    void aReachableDatabaseIsReady() {
        assertThat(new DatabaseReadiness(applicationPool, SETTINGS).health().getStatus())
                .isEqualTo(Status.UP);
    }

    @Test
    void onPostgresqlAServerThatStopsAnsweringIsNotReadyWithinTheTimeout() throws Exception {
        assumeTrue(applicationPool.getJdbcUrl().startsWith("jdbc:postgresql:"), "a paused server is PostgreSQL's");
        URI database = URI.create(applicationPool.getJdbcUrl().substring("jdbc:".length()));
        try (FreezingProxy proxy = new FreezingProxy(database.getHost(), database.getPort());
                HikariDataSource pool = throughProxy(proxy, database)) {
            DatabaseReadiness readiness = new DatabaseReadiness(pool, SETTINGS);
            assertThat(readiness.health().getStatus()).isEqualTo(Status.UP);

            proxy.freeze();
            long start = System.nanoTime();
            Health paused = readiness.health();
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(paused.getStatus()).isEqualTo(Status.DOWN);
            assertThat(took)
                    .as("the readiness timeout (1 s), not the socket timeout (30 s)")
                    .isLessThan(Duration.ofSeconds(5));
        }
    }

    private HikariDataSource throughProxy(FreezingProxy proxy, URI database) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + proxy.port() + database.getPath());
        config.setUsername(applicationPool.getUsername());
        config.setPassword(applicationPool.getPassword());
        config.setMaximumPoolSize(1);
        config.setConnectionTimeout(1_000);
        config.setValidationTimeout(500);
        config.addDataSourceProperty("socketTimeout", "30");
        return new HikariDataSource(config);
    }
}
