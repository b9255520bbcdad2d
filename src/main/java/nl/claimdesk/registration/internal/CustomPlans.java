package nl.claimdesk.registration.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Makes PostgreSQL plan the statements of the current transaction for the values they are given. The JDBC driver
 * prepares a statement on the server after a few executions, and PostgreSQL then reuses one generic plan that cannot
 * know whether {@code name_key like ?} is a rare prefix or matches half the table: a search for a rare name took
 * 620 ms with it and 1.5 ms with a plan made for the term (docs/performance.md). H2 plans every execution anyway.
 */
@Component
public class CustomPlans {

    private final JdbcClient jdbc;
    private final boolean postgres;

    CustomPlans(JdbcClient jdbc, @Value("${spring.datasource.url:}") String url) {
        this.jdbc = jdbc;
        this.postgres = url.startsWith("jdbc:postgresql:");
    }

    /** Call inside a transaction, before the statements whose plans depend on their values. */
    public void forThisTransaction() {
        if (postgres) {
            jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
        }
    }
}
