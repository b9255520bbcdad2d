package nl.claimdesk.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.UUID;
import nl.claimdesk.audit.internal.SubjectKeys;
import nl.claimdesk.infrastructure.Pseudonyms;
import nl.claimdesk.shared.Ids;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what happened to whose data. Call it in the transaction of the change, so the entry exists exactly when
 * the change does. Entries are never changed or removed (the database refuses it); personal values in them are
 * sealed with a key of the person, and erasing the person forgets that key (ADR 28).
 */
@Component
public class AuditLog {

    private final JdbcClient jdbc;
    private final SubjectKeys keys;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, SubjectKeys keys, Clock clock) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.clock = clock;
    }

    /**
     * @param ip the actor's address; only its network (/24, /48) is stored (ADR 27)
     * @param action what was done, e.g. {@code claimant.withdrawn}
     * @param subjectType the kind of thing it was done to, e.g. {@code registration}
     * @param details before and after for a change, or what was read; never a token, password or IBAN, and no
     *     personal values of a participant: those go through {@link #recordPersonal}
     */
    public void record(
            Actor actor,
            @Nullable String ip,
            String action,
            String subjectType,
            Object subjectId,
            @Nullable String details) {
        insert(actor, ip, action, subjectType, subjectId, details, null);
    }

    /**
     * The same for details that hold personal values of the subject (a name, a date of birth, an address, a reason
     * typed about them): they are sealed with the subject's own key, readable on the audit log page until the
     * subject is erased ({@link #forget}), and unreadable after, while the entry itself stays.
     *
     * @param subjectId the registration, claimant or account the values belong to
     */
    public void recordPersonal(
            Actor actor, @Nullable String ip, String action, String subjectType, UUID subjectId, String details) {
        insert(actor, ip, action, subjectType, subjectId, keys.seal(subjectId, details), subjectId);
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

    /**
     * Makes the personal values recorded about {@code subjects} unreadable for good, in the caller's transaction: call
     * it where their data is erased. Idempotent.
     */
    public void forget(Collection<UUID> subjects) {
        keys.forget(subjects);
    }

    private void insert(
            Actor actor,
            @Nullable String ip,
            String action,
            String subjectType,
            Object subjectId,
            @Nullable String details,
            @Nullable UUID sealedFor) {
        jdbc.sql("""
                        insert into audit_entry (id, occurred_at, actor_kind, actor_id, ip, action, subject_type,
                            subject_id, details, sealed_for)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        Ids.newId(),
                        OffsetDateTime.now(clock),
                        actor.kind().name(),
                        actor.id(),
                        Pseudonyms.network(ip),
                        action,
                        subjectType,
                        subjectId.toString(),
                        details,
                        sealedFor)
                .update();
    }
}
