package nl.claimdesk.audit.backoffice;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

/**
 * Where the next page of the audit log starts: just after the last entry shown, in the order newest first. Pages are
 * read by key, not by offset, so page 1000 costs what page 1 costs.
 */
record AuditCursor(Instant occurredAt, UUID id) {

    private static final String SEPARATOR = "~";

    static AuditCursor after(AuditEntry entry) {
        return new AuditCursor(entry.occurredAt().toInstant(), entry.id());
    }

    /** The cursor in a link; anything else (edited by hand, say) is no cursor: the first page. */
    static Optional<AuditCursor> parse(String text) {
        int separator = text.indexOf(SEPARATOR);
        if (separator < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new AuditCursor(
                    Instant.parse(text.substring(0, separator)), UUID.fromString(text.substring(separator + 1))));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    String text() {
        return occurredAt + SEPARATOR + id;
    }
}
