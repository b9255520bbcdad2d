package nl.claimdesk.email;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetHeaders;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a bounce says, read from an RFC 3464 delivery status notification: a {@code multipart/report} with
 * {@code report-type=delivery-status}, whose {@code message/delivery-status} part has a block of fields per
 * recipient ({@code Action}, {@code Status}, {@code Diagnostic-Code}), and usually the original mail or its headers,
 * with its Message-ID. A failure with a 5.x.x status is hard: the address does not exist or will not take mail. A
 * 4.x.x status (failed or delayed) is soft: a full mailbox, a server that is away.
 */
record DeliveryStatusNotification(
        Severity severity, String reason, @Nullable String originalMessageId) {

    enum Severity {
        HARD,
        SOFT,
        /** Delivered, relayed or expanded: a notice that needs nothing from us. */
        NONE
    }

    private static final int REASON_LENGTH = 500;

    /** The notification in {@code message}; empty when it is no delivery status notification or says nothing. */
    static Optional<DeliveryStatusNotification> read(Message message) throws MessagingException, IOException {
        if (!message.isMimeType("multipart/report")
                || !"delivery-status"
                        .equalsIgnoreCase(new ContentType(message.getContentType()).getParameter("report-type"))
                || !(message.getContent() instanceof Multipart parts)) {
            return Optional.empty();
        }
        List<InternetHeaders> recipients = List.of();
        String messageId = null;
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType("message/delivery-status")) {
                recipients = recipientFields(part.getInputStream());
            } else if (part.isMimeType("message/rfc822") || part.isMimeType("text/rfc822-headers")) {
                try (InputStream original = part.getInputStream()) {
                    messageId = new InternetHeaders(original).getHeader("Message-ID", null);
                }
            }
        }
        return verdict(recipients, messageId == null ? null : messageId.strip());
    }

    /** The per-recipient blocks: every block of fields after the first (the per-message one) that has an Action. */
    private static List<InternetHeaders> recipientFields(InputStream status) throws IOException, MessagingException {
        String text;
        try (status) {
            text = new String(status.readAllBytes(), StandardCharsets.US_ASCII).replace("\r\n", "\n");
        }
        List<InternetHeaders> blocks = new ArrayList<>();
        for (String block : text.split("\n[ \t]*\n")) {
            InternetHeaders fields = new InternetHeaders(
                    new ByteArrayInputStream((block.strip() + "\n\n").getBytes(StandardCharsets.US_ASCII)));
            if (fields.getHeader("Action", null) != null) {
                blocks.add(fields);
            }
        }
        return blocks;
    }

    private static Optional<DeliveryStatusNotification> verdict(
            List<InternetHeaders> recipients, @Nullable String messageId) {
        DeliveryStatusNotification found = null;
        for (InternetHeaders recipient : recipients) {
            String action = field(recipient, "Action").toLowerCase(Locale.ROOT);
            String status = field(recipient, "Status");
            Severity severity = severity(action, status);
            if (found == null || severity.ordinal() < found.severity().ordinal()) {
                found = new DeliveryStatusNotification(severity, reason(status, recipient), messageId);
            }
        }
        return Optional.ofNullable(found);
    }

    private static Severity severity(String action, String status) {
        boolean failed = action.equals("failed");
        if (failed && status.startsWith("5.")) {
            return Severity.HARD;
        }
        if (failed && status.startsWith("4.") || action.equals("delayed")) {
            return Severity.SOFT;
        }
        return Severity.NONE;
    }

    private static String reason(String status, InternetHeaders recipient) {
        String reason = (status + " " + field(recipient, "Diagnostic-Code")).strip();
        return reason.length() > REASON_LENGTH ? reason.substring(0, REASON_LENGTH) : reason;
    }

    private static String field(InternetHeaders fields, String name) {
        String value = fields.getHeader(name, null);
        return value == null ? "" : value.replaceAll("\\s+", " ").strip();
    }
}
