package nl.claimdesk.audit.backoffice;

import java.time.OffsetDateTime;
import nl.claimdesk.audit.Actor;
import org.jspecify.annotations.Nullable;

/**
 * Which entries of the audit log to show: every condition that is not null must hold. {@code from} is inclusive,
 * {@code until} exclusive; {@code after} is the cursor of the page.
 */
record AuditQuery(
        Actor.@Nullable Kind actorKind,
        @Nullable String actorId,
        @Nullable String action,
        @Nullable String subjectType,
        @Nullable String subjectId,
        @Nullable OffsetDateTime from,
        @Nullable OffsetDateTime until,
        @Nullable AuditCursor after) {

    /** The same entries, from just after {@code cursor} (from the newest when null). */
    AuditQuery after(@Nullable AuditCursor cursor) {
        return new AuditQuery(actorKind, actorId, action, subjectType, subjectId, from, until, cursor);
    }
}
