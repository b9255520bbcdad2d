package nl.claimdesk.email;

import java.util.UUID;

/** An outbox row claimed for delivery. */
record PendingMail(
        UUID id, String recipient, String subject, String text, String html, String messageId, int attempts) {}
