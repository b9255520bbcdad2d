package nl.claimdesk;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The test database as the role that owns the tables and runs the migrations, for tests that need more than the
 * application's own role may do. On H2, and with one user for both, it is the application's user.
 */
public final class DatabaseOwner {

    private DatabaseOwner() {}

    public static JdbcClient jdbc(Environment environment) {
        return JdbcClient.create(new DriverManagerDataSource(
                environment.getRequiredProperty("spring.datasource.url"),
                environment.getRequiredProperty("spring.flyway.user"),
                environment.getProperty("spring.flyway.password", "")));
    }
}
