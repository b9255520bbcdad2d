package nl.claimdesk.email;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import nl.claimdesk.shared.Ids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox, on every node, with a few delivery threads. Each round claims a batch of due rows with
 * {@code FOR UPDATE SKIP LOCKED}, so threads and nodes never send the same row; sends them; and marks them sent in
 * the same transaction. Transactional mail comes before bulk mail. A failed mail is retried with exponential backoff
 * and given up after {@code maxAttempts}; a mail the server refuses for good (a 5xx reply) is given up at once, and
 * when it was the recipient that was refused, the address is marked undeliverable in the same transaction.
 *
 * <p>A node that dies between handing a mail to the SMTP server and committing sends that mail again after the
 * lock is released: delivery is at least once, and the stable Message-ID lets a receiver recognise the repeat.
 */
@Component
class DeliveryWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final MailTransport transport;
    private final UndeliverableAddresses undeliverable;
    private final MailRenderer renderer;
    private final List<BulkMailSource> bulkSources;
    private final Clock clock;
    private final int batchSize;
    /**
     * Delivery threads, two by default: while one waits for the SMTP server or the database, the other sends. Each
     * holds a database connection for as long as it sends a batch (its claim locks the rows until they are marked)
     * and an SMTP connection, so more threads take connections from the web requests' pool and count against the
     * mail server's limit per client; raise it where mail falls behind. (On H2 the threads take turns: it applies the
     * LIMIT before skipping locked rows, so a second claim finds nothing while a batch is out.)
     */
    private final int workers;

    private final int maxAttempts;
    private final Duration idlePoll;
    private final Duration firstRetry;
    private final Counter sent;
    private final Counter failed;
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private volatile List<Thread> threads = List.of();

    DeliveryWorker(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            MailTransport transport,
            UndeliverableAddresses undeliverable,
            MailRenderer renderer,
            List<BulkMailSource> bulkSources,
            Clock clock,
            MeterRegistry meters,
            EmailSettings settings) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.transport = transport;
        this.undeliverable = undeliverable;
        this.renderer = renderer;
        this.bulkSources = List.copyOf(bulkSources);
        this.clock = clock;
        this.batchSize = settings.batchSize();
        this.workers = settings.workers();
        this.maxAttempts = settings.maxAttempts();
        this.idlePoll = settings.idlePoll();
        this.firstRetry = settings.firstRetry();
        this.sent = meters.counter("claimdesk.mail.sent");
        this.failed = meters.counter("claimdesk.mail.failed.attempts");
    }

    void wakeUp() {
        if (wake.availablePermits() == 0) {
            wake.release();
        }
    }

    /**
     * Delivers one batch of due mails; returns how many were claimed. Only when no outbox mail is due does it send a
     * batch of bulk mail ({@link BulkMailSource}), so a verification mail waits at most for one batch in flight.
     */
    int deliverBatch() {
        Integer claimed = transactions.execute(status -> {
            List<PendingMail> due = claimDue();
            if (due.isEmpty()) {
                return deliverBulk();
            }
            Map<UUID, DeliveryFailure> failures = transport.send(due);
            OffsetDateTime now = OffsetDateTime.now(clock);
            markSent(
                    due.stream()
                            .filter(mail -> !failures.containsKey(mail.id()))
                            .toList(),
                    now);
            for (PendingMail mail : due) {
                DeliveryFailure failure = failures.get(mail.id());
                if (failure != null) {
                    markFailed(mail, failure, now);
                }
            }
            sent.increment(due.size() - failures.size());
            failed.increment(failures.size());
            return due.size();
        });
        return claimed == null ? 0 : claimed;
    }

    private int deliverBulk() {
        for (BulkMailSource source : bulkSources) {
            List<BulkMail> claimed = source.claim(batchSize);
            if (claimed.isEmpty()) {
                continue;
            }
            Map<UUID, BulkMail> byRow = new LinkedHashMap<>();
            List<PendingMail> pending = new ArrayList<>();
            for (BulkMail mail : claimed) {
                UUID row = Ids.newId();
                byRow.put(row, mail);
                pending.add(pending(row, mail));
            }
            Map<UUID, DeliveryFailure> failures = transport.send(pending);
            Map<String, BulkMailSource.Refusal> failed = new HashMap<>();
            failures.forEach((row, failure) -> {
                BulkMail mail = byRow.get(row);
                if (failure.kind() == DeliveryFailure.Kind.RECIPIENT_REFUSED) {
                    undeliverable.mark(mail.to().value(), UndeliverableAddresses.Source.SMTP, failure.reply());
                }
                failed.put(mail.messageId(), new BulkMailSource.Refusal(failure.reply(), failure.permanent()));
            });
            source.settle(
                    claimed.stream()
                            .filter(mail -> !failed.containsKey(mail.messageId()))
                            .toList(),
                    failed);
            sent.increment(claimed.size() - failed.size());
            this.failed.increment(failed.size());
            return claimed.size();
        }
        return 0;
    }

    private PendingMail pending(UUID row, BulkMail mail) {
        RenderedMail rendered = renderer.render(mail);
        Map<String, String> headers = new LinkedHashMap<>();
        BulkMail.Unsubscribe unsubscribe = mail.unsubscribe();
        if (unsubscribe != null) {
            headers.put("List-Unsubscribe", "<" + unsubscribe.url() + ">");
            headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        return new PendingMail(
                row,
                mail.to().value(),
                rendered.subject(),
                rendered.text(),
                rendered.html(),
                mail.messageId(),
                0,
                List.of(),
                headers);
    }

    private List<PendingMail> claimDue() {
        return jdbc
                .sql("""
                        select id, recipient, subject, text_body, html_body, message_id, attempts from outbox
                        where pending = true and next_attempt_at <= ?
                        order by pending, priority, next_attempt_at
                        limit ? for update skip locked""")
                .params(OffsetDateTime.now(clock), batchSize)
                .query((rs, row) -> new PendingMail(
                        rs.getObject("id", UUID.class),
                        rs.getString("recipient"),
                        rs.getString("subject"),
                        rs.getString("text_body"),
                        rs.getString("html_body"),
                        rs.getString("message_id"),
                        rs.getInt("attempts"),
                        List.of()))
                .list()
                .stream()
                .map(this::withAttachments)
                .toList();
    }

    private PendingMail withAttachments(PendingMail mail) {
        List<OutgoingMail.Attachment> attachments = jdbc.sql(
                        "select filename, content_type, content from outbox_attachment where outbox_id = ? order by filename")
                .param(mail.id())
                .query((rs, row) -> new OutgoingMail.Attachment(
                        rs.getString("filename"), rs.getString("content_type"), rs.getBytes("content")))
                .list();
        if (attachments.isEmpty()) {
            return mail;
        }
        return new PendingMail(
                mail.id(),
                mail.recipient(),
                mail.subject(),
                mail.text(),
                mail.html(),
                mail.messageId(),
                mail.attempts(),
                attachments);
    }

    private void markSent(List<PendingMail> mails, OffsetDateTime now) {
        if (mails.isEmpty()) {
            return;
        }
        forgetAttachments(mails);
        jdbc.sql("""
                        update outbox set pending = false, sent_at = :now, attempts = attempts + 1, last_error = null,
                            text_body = null, html_body = null
                        where id in (:ids)""").param("now", now).param("ids", ids(mails)).update();
    }

    private void markFailed(PendingMail mail, DeliveryFailure failure, OffsetDateTime now) {
        int attempts = mail.attempts() + 1;
        String error = failure.reply();
        String reason = error.length() > 500 ? error.substring(0, 500) : error;
        if (failure.kind() == DeliveryFailure.Kind.RECIPIENT_REFUSED) {
            undeliverable.mark(mail.recipient(), UndeliverableAddresses.Source.SMTP, reason);
        }
        if (failure.permanent() || attempts >= maxAttempts) {
            forgetAttachments(List.of(mail));
            jdbc.sql("""
                            update outbox set pending = false, failed_at = ?, attempts = ?, last_error = ?,
                                text_body = null, html_body = null
                            where id = ?""").params(now, attempts, reason, mail.id()).update();
            log.warn("Gave up on mail {} after {} attempts: {}", mail.id(), attempts, reason);
        } else {
            jdbc.sql("update outbox set attempts = ?, next_attempt_at = ?, last_error = ? where id = ?")
                    .params(attempts, now.plus(Backoff.after(firstRetry, attempts)), reason, mail.id())
                    .update();
        }
    }

    private void forgetAttachments(List<PendingMail> mails) {
        List<PendingMail> withAttachments =
                mails.stream().filter(mail -> !mail.attachments().isEmpty()).toList();
        if (!withAttachments.isEmpty()) {
            jdbc.sql("delete from outbox_attachment where outbox_id in (:ids)")
                    .param("ids", ids(withAttachments))
                    .update();
        }
    }

    private static List<UUID> ids(List<PendingMail> mails) {
        return mails.stream().map(PendingMail::id).toList();
    }

    private void run() {
        while (running) {
            try {
                int claimed = deliverBatch();
                if (claimed < batchSize) {
                    wake.tryAcquire(idlePoll.toMillis(), TimeUnit.MILLISECONDS);
                    wake.drainPermits();
                }
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Mail delivery round failed; retrying shortly", e);
                sleepQuietly(idlePoll);
            }
        }
    }

    private void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        running = true;
        List<Thread> started = new ArrayList<>();
        for (int i = 1; i <= workers; i++) {
            Thread worker = new Thread(this::run, "mail-delivery-" + i);
            worker.setDaemon(true);
            worker.start();
            started.add(worker);
        }
        threads = List.copyOf(started);
    }

    @Override
    public void stop() {
        running = false;
        threads.forEach(Thread::interrupt);
        try {
            for (Thread worker : threads) {
                worker.join(Duration.ofSeconds(10));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
