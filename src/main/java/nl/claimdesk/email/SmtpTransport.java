package nl.claimdesk.email;

import jakarta.activation.FileTypeMap;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Delivery over SMTP on connections that are kept open between batches, so a burst of sign-ups does not open a
 * connection per mail. Each batch takes a connection of its own, the most recently used one that is free, so
 * delivery threads send side by side and there are never more connections than threads. A connection that fails or
 * has been idle for a while is closed and replaced by a fresh one. Every message carries the outbox row's
 * Message-ID, so a mail sent again after a crash can be recognised as the same mail.
 */
class SmtpTransport implements MailTransport {

    private static final Duration IDLE_LIMIT = Duration.ofSeconds(30);

    private final JavaMailSenderImpl smtp;
    private final InternetAddress from;
    private final Clock clock;
    private final Deque<Connection> free = new ConcurrentLinkedDeque<>();

    SmtpTransport(JavaMailSenderImpl smtp, InternetAddress from, Clock clock) {
        this.smtp = smtp;
        this.from = from;
        this.clock = clock;
    }

    @Override
    public Map<UUID, String> send(List<PendingMail> mails) {
        Map<UUID, String> failed = new HashMap<>();
        @Nullable Connection connection = free.pollFirst();
        for (int i = 0; i < mails.size(); i++) {
            PendingMail mail = mails.get(i);
            try {
                MimeMessage message = compose(mail).getMimeMessage();
                connection = usable(connection);
                connection.transport.sendMessage(message, message.getAllRecipients());
                connection.lastUsed = clock.instant();
            } catch (SendFailedException refused) {
                failed.put(mail.id(), String.valueOf(refused.getMessage()));
            } catch (MessagingException | RuntimeException broken) {
                // The connection (or the server) is gone: the rest of the batch waits for the next attempt.
                close(connection);
                connection = null;
                for (PendingMail unsent : mails.subList(i, mails.size())) {
                    failed.put(unsent.id(), String.valueOf(broken.getMessage()));
                }
                break;
            }
        }
        if (connection != null) {
            free.offerFirst(connection);
        }
        return failed;
    }

    private Connection usable(@Nullable Connection connection) throws MessagingException {
        if (connection != null
                && (Duration.between(connection.lastUsed, clock.instant()).compareTo(IDLE_LIMIT) > 0
                        || !connection.transport.isConnected())) {
            close(connection);
            connection = null;
        }
        if (connection == null) {
            Transport transport = smtp.getSession().getTransport(smtp.getProtocol());
            transport.connect(smtp.getHost(), smtp.getPort(), smtp.getUsername(), smtp.getPassword());
            connection = new Connection(transport, clock.instant());
        }
        return connection;
    }

    private static void close(@Nullable Connection connection) {
        if (connection != null) {
            try {
                connection.transport.close();
            } catch (MessagingException alreadyBroken) {
                // the connection is dropped either way
            }
        }
    }

    MimeMessageHelper compose(PendingMail mail) throws MessagingException {
        FixedIdMimeMessage message =
                new FixedIdMimeMessage(smtp.getSession(), mail.messageId(), smtp.getDefaultFileTypeMap());
        MimeMessageHelper helper = new SharedFileTypesHelper(message);
        helper.setFrom(from);
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setText(mail.text(), mail.html());
        for (Map.Entry<String, String> header : mail.headers().entrySet()) {
            message.setHeader(header.getKey(), header.getValue());
        }
        for (OutgoingMail.Attachment attachment : mail.attachments()) {
            helper.addAttachment(
                    attachment.filename(), new ByteArrayResource(attachment.content()), attachment.contentType());
        }
        message.saveChanges();
        return helper;
    }

    /**
     * A message whose Message-ID is the one we chose, not a fresh one per attempt. It carries the sender's file type
     * map for {@link SharedFileTypesHelper}.
     */
    private static final class FixedIdMimeMessage extends MimeMessage {
        private final String messageId;
        private final FileTypeMap fileTypes;

        FixedIdMimeMessage(Session session, String messageId, FileTypeMap fileTypes) {
            super(session);
            this.messageId = messageId;
            this.fileTypes = fileTypes;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }

    /** An open connection and when it last sent a mail; in use by one batch at a time. */
    private static final class Connection {
        private final Transport transport;
        private Instant lastUsed;

        Connection(Transport transport, Instant lastUsed) {
            this.transport = transport;
            this.lastUsed = lastUsed;
        }
    }

    /**
     * Spring's helper reuses the sender's file type map only for messages of the sender's own (package-private)
     * type; for any other message it builds a new map, reading every {@code mime.types} on the class path. Its
     * constructor asks for the map, hence the message carries it.
     */
    private static final class SharedFileTypesHelper extends MimeMessageHelper {

        SharedFileTypesHelper(FixedIdMimeMessage message) throws MessagingException {
            super(message, true, "UTF-8");
        }

        @Override
        protected FileTypeMap getDefaultFileTypeMap(MimeMessage message) {
            return ((FixedIdMimeMessage) message).fileTypes;
        }
    }
}
