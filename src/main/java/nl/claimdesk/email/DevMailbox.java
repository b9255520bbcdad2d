package nl.claimdesk.email;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo mode's stand-in for an SMTP server: "sent" mails are kept in the database and can be read at
 * {@code /dev/mailbox}, so the one-command demo shows the whole journey including the mails.
 */
class DevMailbox implements MailTransport {

    private final JdbcClient jdbc;
    private final Clock clock;

    DevMailbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Map<UUID, DeliveryFailure> send(List<PendingMail> mails) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (PendingMail mail : mails) {
            jdbc.sql("""
                            insert into dev_mailbox (id, recipient, subject, text_body, html_body, message_id, sent_at)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            mail.id(),
                            mail.recipient(),
                            mail.subject(),
                            mail.text(),
                            mail.html(),
                            mail.messageId(),
                            now)
                    .update();
        }
        return new HashMap<>();
    }

    List<Entry> latest(int limit) {
        return jdbc.sql(
                        "select id, recipient, subject, sent_at from dev_mailbox order by sent_at desc, id desc limit ?")
                .param(limit)
                .query((rs, row) -> new Entry(
                        rs.getObject("id", UUID.class),
                        rs.getString("recipient"),
                        rs.getString("subject"),
                        rs.getObject("sent_at", OffsetDateTime.class),
                        "",
                        ""))
                .list();
    }

    Optional<Entry> find(UUID id) {
        return jdbc.sql("select * from dev_mailbox where id = ?")
                .param(id)
                .query((rs, row) -> new Entry(
                        rs.getObject("id", UUID.class),
                        rs.getString("recipient"),
                        rs.getString("subject"),
                        rs.getObject("sent_at", OffsetDateTime.class),
                        rs.getString("text_body") + attachmentLine(rs.getString("attachments")),
                        rs.getString("html_body")))
                .optional();
    }

    private static String attachmentLine(@org.jspecify.annotations.Nullable String attachments) {
        return attachments == null || attachments.isEmpty() ? "" : "\n\n[Attachments: " + attachments + "]";
    }

    record Entry(UUID id, String recipient, String subject, OffsetDateTime sentAt, String text, String html) {}
}
