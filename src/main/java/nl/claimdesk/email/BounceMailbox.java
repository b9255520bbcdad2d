package nl.claimdesk.email;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.search.FlagTerm;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import nl.claimdesk.infrastructure.JobLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Reads the bounce mailbox over IMAP, on one node at a time, every {@code claimdesk.mail.bounces.poll-interval}; off
 * when no host is set. Each unseen message is traced to the mail it is about, by the signed envelope sender it was
 * returned to ({@link ReturnPath}) or else by the original Message-ID it quotes, and read as a delivery status
 * notification: a hard bounce marks the recipient undeliverable, a soft one is only counted. A message it handled is
 * deleted, so it is read once. A message it cannot read or trace (an auto-reply, a bounce in no standard form, a mail
 * we no longer know) is left in the mailbox, flagged as seen so it is not read again, for a person to look at.
 */
@Component
class BounceMailbox implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(BounceMailbox.class);
    private static final List<String> BOUNCED_TO = List.of("X-Original-To", "Delivered-To", "Envelope-To", "To");

    /** What one reading of the mailbox did. */
    record Tally(int hard, int soft, int other, int leftAlone) {

        private static Tally of(List<Outcome> outcomes) {
            return new Tally(
                    count(outcomes, Outcome.HARD),
                    count(outcomes, Outcome.SOFT),
                    count(outcomes, Outcome.OTHER),
                    count(outcomes, Outcome.LEFT_ALONE));
        }

        private static int count(List<Outcome> outcomes, Outcome outcome) {
            return (int) outcomes.stream().filter(outcome::equals).count();
        }
    }

    /** What became of one message. */
    private enum Outcome {
        HARD,
        SOFT,
        OTHER,
        LEFT_ALONE;

        static Outcome of(DeliveryStatusNotification.Severity severity) {
            return switch (severity) {
                case HARD -> HARD;
                case SOFT -> SOFT;
                case NONE -> OTHER;
            };
        }
    }

    private final EmailSettings.Bounces settings;
    private final JobLocks locks;
    private final ReturnPath returnPath;
    private final UndeliverableAddresses undeliverable;
    private final JdbcClient jdbc;
    private final MeterRegistry meters;

    BounceMailbox(
            EmailSettings settings,
            JobLocks locks,
            ReturnPath returnPath,
            UndeliverableAddresses undeliverable,
            JdbcClient jdbc,
            MeterRegistry meters) {
        this.settings = settings.bounces();
        this.locks = locks;
        this.returnPath = returnPath;
        this.undeliverable = undeliverable;
        this.jdbc = jdbc;
        this.meters = meters;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (settings.enabled()) {
            registrar.addFixedDelayTask(this::poll, settings.pollInterval());
        }
    }

    private void poll() {
        // Held for one interval: the next round, on whichever node, finds it expired.
        if (!locks.tryLock("bounce-mailbox", settings.pollInterval())) {
            return;
        }
        try {
            Tally tally = read();
            log.info(
                    "Bounce mailbox: {} hard, {} soft, {} other, {} left alone",
                    tally.hard(),
                    tally.soft(),
                    tally.other(),
                    tally.leftAlone());
        } catch (MessagingException | RuntimeException e) {
            log.warn("Could not read the bounce mailbox on {}: {}", settings.host(), e.toString());
        }
    }

    /** Reads every unseen message of the bounce folder once. */
    Tally read() throws MessagingException {
        Store store = session().getStore(settings.protocol());
        store.connect(settings.host(), settings.port(), settings.username(), settings.password());
        try {
            Folder folder = store.getFolder(settings.folder());
            folder.open(Folder.READ_WRITE);
            try {
                List<Outcome> outcomes = new ArrayList<>();
                for (Message message : folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
                    outcomes.add(handle(message));
                }
                return Tally.of(outcomes);
            } finally {
                folder.close(true);
            }
        } finally {
            store.close();
        }
    }

    /**
     * Handles one message. A message that cannot be read is left alone; a database that cannot be reached ends the
     * round instead, with the message still unseen, so the next round tries it again.
     */
    private Outcome handle(Message message) throws MessagingException {
        Optional<DeliveryStatusNotification> notification;
        List<String> bouncedTo;
        try {
            notification = DeliveryStatusNotification.read(message);
            bouncedTo = bouncedTo(message);
        } catch (MessagingException | IOException | RuntimeException unreadable) {
            return leave(message, unreadable.toString());
        }
        if (notification.isEmpty()) {
            return leave(message, "no delivery status notification");
        }
        Optional<SentMail> sent = sentMail(bouncedTo, notification.get());
        if (sent.isEmpty()) {
            return leave(message, "a notification about no mail we know");
        }
        DeliveryStatusNotification.Severity severity = notification.get().severity();
        if (severity == DeliveryStatusNotification.Severity.HARD) {
            undeliverable.mark(
                    sent.get().recipient(),
                    UndeliverableAddresses.Source.BOUNCE,
                    notification.get().reason());
        }
        log.info(
                "Bounce of mail {}: {} ({})",
                sent.get().id(),
                severity,
                notification.get().reason());
        meters.counter("claimdesk.mail.bounces", "severity", severity.name().toLowerCase(Locale.ROOT))
                .increment();
        message.setFlag(Flags.Flag.DELETED, true);
        return Outcome.of(severity);
    }

    private Outcome leave(Message message, String why) {
        log.warn("Left a message in the bounce mailbox for a person to look at: {}", why);
        meters.counter("claimdesk.mail.bounces", "severity", "unread").increment();
        try {
            message.setFlag(Flags.Flag.SEEN, true);
        } catch (MessagingException e) {
            log.warn("Could not flag the message as seen; it is read again next time: {}", e.toString());
        }
        return Outcome.LEFT_ALONE;
    }

    /** The mail a bounce is about: by the return path it came back to, or by the Message-ID it quotes. */
    private Optional<SentMail> sentMail(List<String> bouncedTo, DeliveryStatusNotification notification) {
        for (String address : bouncedTo) {
            Optional<SentMail> byReturnPath = returnPath.mailOf(address).flatMap(this::sentMail);
            if (byReturnPath.isPresent()) {
                return byReturnPath;
            }
        }
        String messageId = notification.originalMessageId();
        return messageId == null
                ? Optional.empty()
                : jdbc.sql("select id, recipient from outbox where message_id = ?")
                        .param(messageId)
                        .query(SentMail::of)
                        .optional();
    }

    private static List<String> bouncedTo(Message message) throws MessagingException {
        List<String> addresses = new ArrayList<>();
        for (String header : BOUNCED_TO) {
            String[] values = message.getHeader(header);
            for (String value : values == null ? new String[0] : values) {
                try {
                    for (Address address : InternetAddress.parseHeader(value, false)) {
                        addresses.add(((InternetAddress) address).getAddress());
                    }
                } catch (AddressException garbled) {
                    // another header may name it
                }
            }
        }
        return addresses;
    }

    private Optional<SentMail> sentMail(UUID id) {
        return jdbc.sql("select id, recipient from outbox where id = ?")
                .param(id)
                .query(SentMail::of)
                .optional();
    }

    private record SentMail(UUID id, String recipient) {

        static SentMail of(ResultSet row, int number) throws SQLException {
            return new SentMail(row.getObject("id", UUID.class), row.getString("recipient"));
        }
    }

    private Session session() {
        String protocol = settings.protocol();
        Properties properties = new Properties();
        // Reading a message must not flag it as seen: a node that dies halfway leaves it for the next round.
        properties.put("mail." + protocol + ".peek", "true");
        properties.put(
                "mail." + protocol + ".connectiontimeout",
                Long.toString(Duration.ofSeconds(10).toMillis()));
        properties.put(
                "mail." + protocol + ".timeout",
                Long.toString(Duration.ofSeconds(30).toMillis()));
        properties.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        return Session.getInstance(properties);
    }
}
