package nl.claimdesk.email;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A mail claimed for delivery: an outbox row with its attachments, or a bulk mail with its extra headers (such as
 * {@code List-Unsubscribe}).
 */
record PendingMail(
        UUID id,
        String recipient,
        String subject,
        String text,
        String html,
        String messageId,
        int attempts,
        List<OutgoingMail.Attachment> attachments,
        Map<String, String> headers) {

    PendingMail(
            UUID id,
            String recipient,
            String subject,
            String text,
            String html,
            String messageId,
            int attempts,
            List<OutgoingMail.Attachment> attachments) {
        this(id, recipient, subject, text, html, messageId, attempts, attachments, Map.of());
    }
}
