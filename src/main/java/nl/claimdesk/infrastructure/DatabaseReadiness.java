package nl.claimdesk.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Whether the database answers, within a bound: part of readiness ({@code /readyz}), so that a load balancer takes a
 * node out of service within seconds when its database is away (ADR 0049). Spring Boot's own check asks the driver
 * with no time limit ({@code Connection.isValid(0)}), which on PostgreSQL waits the whole socket timeout for a server
 * that stopped answering. Waiting for a connection is bounded by the pool's connection timeout.
 */
@Component("database")
class DatabaseReadiness implements HealthIndicator {

    private final DataSource dataSource;
    private final int timeoutSeconds;

    DatabaseReadiness(DataSource dataSource, InfrastructureSettings settings) {
        this.dataSource = dataSource;
        this.timeoutSeconds = seconds(settings.readinessTimeout());
    }

    @Override
    public Health health() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(timeoutSeconds)
                    ? Health.up().build()
                    : Health.down().build();
        } catch (SQLException unavailable) {
            return Health.down()
                    .withDetail("error", unavailable.getClass().getSimpleName())
                    .build();
        }
    }

    private static int seconds(Duration timeout) {
        return (int) Math.max(1, timeout.toSeconds());
    }
}
