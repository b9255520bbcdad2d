package nl.claimdesk.email;

import java.util.List;
import java.util.UUID;

/** An outbox row claimed for delivery, with its attachments. */
record PendingMail(
        UUID id,
        String recipient,
        String subject,
        String text,
        String html,
        String messageId,
        int attempts,
        List<OutgoingMail.Attachment> attachments) {}
