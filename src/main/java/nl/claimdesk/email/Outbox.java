package nl.claimdesk.email;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.claimdesk.shared.EmailAddress;
import nl.claimdesk.shared.Ids;
import nl.claimdesk.web.SiteUrls;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where every module puts its mail. {@link #enqueue} writes the mail as an outbox row in the caller's
 * transaction: if the change that causes the mail rolls back, so does the mail; if it commits, the mail will be
 * delivered, even when this node dies right after. Once the transaction commits, this node's delivery worker is
 * woken so the mail goes out at once.
 */
@Component
public class Outbox {

    private final JdbcClient jdbc;
    private final MailRenderer renderer;
    private final DeliveryWorker worker;
    private final SiteUrls urls;
    private final Clock clock;

    Outbox(JdbcClient jdbc, MailRenderer renderer, DeliveryWorker worker, SiteUrls urls, Clock clock) {
        this.jdbc = jdbc;
        this.renderer = renderer;
        this.worker = worker;
        this.urls = urls;
        this.clock = clock;
    }

    /** Queues the mail in the current transaction and returns its id. */
    public UUID enqueue(OutgoingMail mail) {
        UUID id = insert(mail.kind(), mail.priority(), mail.to(), mail.accountId(), renderer.render(mail));
        for (OutgoingMail.Attachment attachment : mail.attachments()) {
            jdbc.sql("insert into outbox_attachment (outbox_id, filename, content_type, content) values (?, ?, ?, ?)")
                    .params(id, attachment.filename(), attachment.contentType(), attachment.content())
                    .update();
        }
        wakeWorkerAfterCommit();
        return id;
    }

    /**
     * Queues one mail of a mailing as a transactional mail of its own, such as the test an editor sends to
     * themselves before the mailing goes out. It carries no {@code List-Unsubscribe} header.
     */
    public UUID enqueue(BulkMail mail, String kind) {
        UUID id = insert(kind, MailPriority.TRANSACTIONAL, mail.to(), null, renderer.render(mail));
        wakeWorkerAfterCommit();
        return id;
    }

    private UUID insert(
            String kind, MailPriority priority, EmailAddress to, @Nullable UUID accountId, RenderedMail rendered) {
        UUID id = Ids.newId();
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                        insert into outbox (id, priority, kind, recipient, account_id, subject, text_body, html_body,
                            message_id, created_at, pending, next_attempt_at, attempts)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?, 0)""")
                .params(
                        id,
                        priority.ordinal(),
                        kind,
                        to.value(),
                        accountId,
                        rendered.subject(),
                        rendered.text(),
                        rendered.html(),
                        "<" + id + "@" + urls.host() + ">",
                        now,
                        now)
                .update();
        return id;
    }

    private void wakeWorkerAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    worker.wakeUp();
                }
            });
        } else {
            worker.wakeUp();
        }
    }
}
