package nl.claimdesk.audit;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One line of the audit log as stored. */
record AuditEntry(
        UUID id,
        OffsetDateTime occurredAt,
        Actor actor,
        @Nullable String ip,
        String action,
        String subjectType,
        String subjectId,
        @Nullable String details) {}
