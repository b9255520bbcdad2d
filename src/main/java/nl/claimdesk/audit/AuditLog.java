package nl.claimdesk.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import nl.claimdesk.shared.Ids;
import nl.claimdesk.web.Pseudonyms;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what happened to whose data. Call it in the transaction of the change, so the entry exists exactly when
 * the change does. Entries are never changed or removed (the database refuses it).
 */
@Component
public class AuditLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @param ip the actor's address; only its network (/24, /48) is stored (ADR 27)
     * @param action what was done, e.g. {@code claimant.withdrawn}
     * @param subjectType the kind of thing it was done to, e.g. {@code registration}
     * @param details before and after for a change, or what was read; never a token, password or IBAN
     */
    public void record(
            Actor actor,
            @Nullable String ip,
            String action,
            String subjectType,
            Object subjectId,
            @Nullable String details) {
        jdbc.sql("""
                        insert into audit_entry (id, occurred_at, actor_kind, actor_id, ip, action, subject_type,
                            subject_id, details)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        Ids.newId(),
                        OffsetDateTime.now(clock),
                        actor.kind().name(),
                        actor.id(),
                        Pseudonyms.network(ip),
                        action,
                        subjectType,
                        subjectId.toString(),
                        details)
                .update();
    }

    /** One entry for each of {@code subjectIds}, in one transaction: a page that shows several files' data. */
    @Transactional
    public void recordEach(
            Actor actor,
            @Nullable String ip,
            String action,
            String subjectType,
            Collection<?> subjectIds,
            @Nullable String details) {
        for (Object subjectId : subjectIds) {
            record(actor, ip, action, subjectType, subjectId, details);
        }
    }
}
