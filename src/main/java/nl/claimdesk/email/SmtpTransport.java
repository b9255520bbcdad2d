package nl.claimdesk.email;

import jakarta.activation.FileTypeMap;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPMessage;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Delivery over SMTP on connections that are kept open between batches, so a burst of sign-ups does not open a
 * connection per mail. Each batch takes a connection of its own, the most recently used one that is free, so
 * delivery threads send side by side and there are never more connections than threads. A connection that fails or
 * has been idle for a while is closed and replaced by a fresh one; that check is made when a batch takes the connection,
 * not before each of its mails (a server that closes it in the middle of a batch leaves the rest of the batch for
 * the next attempt, as any broken connection does). Every message carries the outbox row's
 * Message-ID, so a mail sent again after a crash can be recognised as the same mail, and, when a return path is set,
 * an envelope sender that names the row, so a bounce can be traced to it.
 *
 * <p>A refusal is permanent only when the server says so with a 5xx reply to the recipient or to the message: a 4xx
 * reply, a refused sender (our configuration, not the recipient's fault) or a broken connection is tried again.
 */
class SmtpTransport implements MailTransport {

    private static final Duration IDLE_LIMIT = Duration.ofSeconds(30);
    /** A reply code and the enhanced status after it (RFC 3463), e.g. "550 5.1.1": class, subject, detail. */
    private static final Pattern ENHANCED_STATUS = Pattern.compile("\\d{3}[ -](\\d)\\.(\\d{1,3})\\.(\\d{1,3})\\b");

    private final JavaMailSenderImpl smtp;
    private final InternetAddress from;
    private final ReturnPath returnPath;
    private final Clock clock;
    private final Deque<Connection> free = new ConcurrentLinkedDeque<>();

    SmtpTransport(JavaMailSenderImpl smtp, InternetAddress from, ReturnPath returnPath, Clock clock) {
        this.smtp = smtp;
        this.from = from;
        this.returnPath = returnPath;
        this.clock = clock;
    }

    @Override
    public Map<UUID, DeliveryFailure> send(List<PendingMail> mails) {
        Map<UUID, DeliveryFailure> failed = new HashMap<>();
        @Nullable Connection connection = free.pollFirst();
        for (int i = 0; i < mails.size(); i++) {
            PendingMail mail = mails.get(i);
            try {
                MimeMessage message = compose(mail).getMimeMessage();
                // Checked once per batch: the check is a NOOP round trip, and the mails of a batch follow each
                // other without a pause in which a server would drop the connection.
                connection = connection == null || i == 0 ? usable(connection) : connection;
                connection.transport.sendMessage(message, message.getAllRecipients());
                connection.lastUsed = clock.instant();
            } catch (SendFailedException refused) {
                failed.put(mail.id(), refusal(refused));
            } catch (MessagingException | RuntimeException broken) {
                // The connection (or the server) is gone: the rest of the batch waits for the next attempt.
                close(connection);
                connection = null;
                for (PendingMail unsent : mails.subList(i, mails.size())) {
                    failed.put(unsent.id(), DeliveryFailure.temporary(String.valueOf(broken.getMessage())));
                }
                break;
            }
        }
        if (connection != null) {
            free.offerFirst(connection);
        }
        return failed;
    }

    /**
     * What a refusal means, from the SMTP reply Angus Mail carries: a refused recipient comes as an
     * {@link SMTPAddressFailedException} in the chain, a refused message as an {@link SMTPSendFailedException} for the
     * DATA command, its end ({@code .}) or a BDAT chunk. Only their 5xx replies are final.
     */
    static DeliveryFailure refusal(SendFailedException refused) {
        String serverReply = null;
        for (Exception cause = refused; cause != null; cause = next(cause)) {
            if (cause instanceof SMTPAddressFailedException address) {
                if (permanent(address.getReturnCode()) && aboutTheAddress(reply(address))) {
                    return new DeliveryFailure(reply(address), DeliveryFailure.Kind.RECIPIENT_REFUSED);
                }
                serverReply = serverReply == null ? reply(address) : serverReply;
            }
            if (cause instanceof SMTPSendFailedException message) {
                if (permanent(message.getReturnCode()) && aboutTheMessage(message.getCommand())) {
                    return new DeliveryFailure(reply(message), DeliveryFailure.Kind.MESSAGE_REFUSED);
                }
                serverReply = serverReply == null ? reply(message) : serverReply;
            }
        }
        return DeliveryFailure.temporary(serverReply == null ? reply(refused) : serverReply);
    }

    private static @Nullable Exception next(Exception cause) {
        return cause instanceof MessagingException messaging ? messaging.getNextException() : null;
    }

    private static boolean permanent(int returnCode) {
        return returnCode >= 500 && returnCode <= 599;
    }

    /**
     * Whether a 5xx reply to RCPT TO blames the address: a bare 5xx does (its classic meaning is "mailbox
     * unavailable"), and so does an enhanced status (RFC 3463) about the address (5.1.x) or a disabled mailbox (5.2.1).
     * Any other enhanced status is not the address's fault: a relay that refuses us (5.7.1 "relay access denied")
     * would otherwise mark every recipient; those are retried, like a refused sender.
     */
    private static boolean aboutTheAddress(String reply) {
        Matcher enhanced = ENHANCED_STATUS.matcher(reply);
        if (!enhanced.lookingAt()) {
            return true;
        }
        String subject = enhanced.group(2);
        return subject.equals("1") || subject.equals("2") && enhanced.group(3).equals("1");
    }

    private static boolean aboutTheMessage(@Nullable String command) {
        String name = command == null ? "" : command.strip().toUpperCase(Locale.ROOT);
        return name.equals("DATA") || name.equals(".") || name.startsWith("BDAT");
    }

    private static String reply(MessagingException refused) {
        return String.valueOf(refused.getMessage()).strip();
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
        returnPath.of(mail.id()).ifPresent(message::setEnvelopeFrom);
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
     * map for {@link SharedFileTypesHelper}. Angus Mail sends an {@link SMTPMessage}'s envelope sender as MAIL FROM.
     */
    private static final class FixedIdMimeMessage extends SMTPMessage {
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

        /**
         * Rendered into memory first and handed to the connection in one write: Jakarta Mail writes a text part a
         * byte at a time, and each byte through Angus Mail's SMTP stream (dot-stuffing, line ends) took a third of
         * the CPU of delivering a news mail (docs/performance.md, "News mailing").
         */
        @Override
        public void writeTo(OutputStream out, String @Nullable [] ignoreList) throws IOException, MessagingException {
            RenderedBytes rendered = new RenderedBytes();
            super.writeTo(rendered, ignoreList);
            rendered.sendTo(out);
        }
    }

    /** A growing byte array without the lock that {@link java.io.ByteArrayOutputStream} takes for every byte. */
    private static final class RenderedBytes extends OutputStream {
        private byte[] bytes = new byte[8192];
        private int size;

        @Override
        public void write(int b) {
            room(1);
            bytes[size++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int offset, int length) {
            room(length);
            System.arraycopy(b, offset, bytes, size, length);
            size += length;
        }

        private void room(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }

        void sendTo(OutputStream out) throws IOException {
            out.write(bytes, 0, size);
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
