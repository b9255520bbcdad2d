package nl.claimdesk.email;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** A mail in someone's history: what kind, its subject, and how delivery went. Never its content. */
public record MailRecord(
        String kind,
        String recipient,
        String subject,
        OffsetDateTime queuedAt,
        @Nullable OffsetDateTime sentAt,
        @Nullable OffsetDateTime failedAt,
        int attempts) {

    public String status() {
        if (sentAt != null) {
            return "SENT";
        }
        return failedAt != null ? "FAILED" : "PENDING";
    }
}
