package nl.claimdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.claimdesk.DatabaseOwner;
import nl.claimdesk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The database itself refuses to change or remove audit entries, even when the owner of the table asks (the
 * application's own role may not even try: ApplicationDatabaseRoleTest).
 */
@IntegrationTest
class AuditLogAppendOnlyTest {

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Environment environment;

    @Test
    void anEntryCanBeNeitherUpdatedNorDeleted() {
        String subject = UUID.randomUUID().toString();
        audit.record(Actor.system("append-only-test"), "192.0.2.1", "test.recorded", "test", subject, "before");
        List<Map<String, Object>> stored = entries(subject);
        assertThat(stored).hasSize(1);

        assertThatThrownBy(() -> DatabaseOwner.jdbc(environment)
                        .sql("update audit_entry set details = 'after' where subject_id = ?")
                        .param(subject)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> DatabaseOwner.jdbc(environment)
                        .sql("update audit_entry set occurred_at = occurred_at where subject_id = ?")
                        .param(subject)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> DatabaseOwner.jdbc(environment)
                        .sql("delete from audit_entry where subject_id = ?")
                        .param(subject)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("append-only");

        assertThat(entries(subject)).isEqualTo(stored);
    }

    @Test
    void theTableCannotBeEmptiedAtOnce() {
        String subject = UUID.randomUUID().toString();
        audit.record(Actor.system("append-only-test"), null, "test.recorded", "test", subject, null);
        List<Map<String, Object>> stored = entries(subject);

        assertThatThrownBy(() -> DatabaseOwner.jdbc(environment)
                        .sql("truncate table audit_entry")
                        .update())
                .isInstanceOf(DataAccessException.class);

        assertThat(stored).hasSize(1);
        assertThat(entries(subject)).isEqualTo(stored);
    }

    private List<Map<String, Object>> entries(String subject) {
        return jdbc.sql("select * from audit_entry where subject_id = ?")
                .param(subject)
                .query()
                .listOfRows();
    }
}
