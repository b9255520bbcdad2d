package nl.claimdesk.audit.backoffice;

import java.time.OffsetDateTime;
import java.util.UUID;
import nl.claimdesk.audit.Actor;
import org.jspecify.annotations.Nullable;

/**
 * One line of the audit log. {@code sealedFor} is the person whose key sealed the details; once read, the details
 * are opened, or null when that person was erased ({@link #erased()}).
 */
record AuditEntry(
        UUID id,
        OffsetDateTime occurredAt,
        Actor actor,
        @Nullable String ip,
        String action,
        String subjectType,
        String subjectId,
        @Nullable String details,
        @Nullable UUID sealedFor) {

    AuditEntry withDetails(@Nullable String opened) {
        return new AuditEntry(id, occurredAt, actor, ip, action, subjectType, subjectId, opened, sealedFor);
    }

    /** True when the details held personal values that were erased with their person. */
    boolean erased() {
        return sealedFor != null && details == null;
    }
}
