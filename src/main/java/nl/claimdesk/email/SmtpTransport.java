package nl.claimdesk.email;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Delivery over SMTP. A whole batch goes over one connection, so a burst of sign-ups does not open a connection per
 * mail. Every message carries the outbox row's Message-ID, so a mail that is retried after a crash can be
 * recognised as the same mail.
 */
class SmtpTransport implements MailTransport {

    private final JavaMailSender sender;
    private final InternetAddress from;

    SmtpTransport(JavaMailSender sender, InternetAddress from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public Map<UUID, String> send(List<PendingMail> mails) {
        Map<UUID, String> failed = new HashMap<>();
        Map<MimeMessage, UUID> messages = new LinkedHashMap<>();
        for (PendingMail mail : mails) {
            try {
                messages.put(message(mail), mail.id());
            } catch (MessagingException | RuntimeException e) {
                failed.put(mail.id(), "cannot build message: " + e.getMessage());
            }
        }
        if (messages.isEmpty()) {
            return failed;
        }
        try {
            sender.send(messages.keySet().toArray(MimeMessage[]::new));
        } catch (MailSendException partly) {
            Map<Object, Exception> failures = partly.getFailedMessages();
            if (failures.isEmpty()) {
                messages.values().forEach(id -> failed.put(id, String.valueOf(partly.getMessage())));
            }
            failures.forEach((message, cause) -> {
                UUID id = messages.get(message);
                if (id != null) {
                    failed.put(id, String.valueOf(cause.getMessage()));
                }
            });
        } catch (MailException down) {
            messages.values().forEach(id -> failed.put(id, String.valueOf(down.getMessage())));
        }
        return failed;
    }

    private MimeMessage message(PendingMail mail) throws MessagingException {
        MimeMessage message = new FixedIdMimeMessage(sender.createMimeMessage(), mail.messageId());
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(from);
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setText(mail.text(), mail.html());
        return message;
    }

    /** A message whose Message-ID is the one we chose, not a fresh one per attempt. */
    private static final class FixedIdMimeMessage extends MimeMessage {
        private final String messageId;

        FixedIdMimeMessage(MimeMessage session, String messageId) throws MessagingException {
            super(session.getSession());
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
