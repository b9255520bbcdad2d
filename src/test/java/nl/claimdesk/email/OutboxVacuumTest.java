package nl.claimdesk.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariDataSource;
import nl.claimdesk.ServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@ServerTest
class OutboxVacuumTest {

    @Autowired
    HikariDataSource applicationPool;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theOutboxIsVacuumedAfterAFixedNumberOfSentMailsWhateverItsSize() {
        assumeTrue(applicationPool.getJdbcUrl().startsWith("jdbc:postgresql:"), "autovacuum is PostgreSQL's");

        assertThat(jdbc.sql("select array_to_string(reloptions, ',') from pg_class where relname = 'outbox'")
                        .query(String.class)
                        .single())
                .as("a claim walks past every sent mail not vacuumed yet (V66_1)")
                .contains("autovacuum_vacuum_scale_factor=0", "autovacuum_vacuum_threshold=1000");
    }
}
