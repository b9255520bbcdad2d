package nl.claimdesk.email;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The mails sent to an account, for the participant's history, the data export and the back office. */
@Component
public class MailHistory {

    private final JdbcClient jdbc;

    MailHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<MailRecord> of(UUID account) {
        return jdbc.sql("""
                        select kind, recipient, subject, created_at, sent_at, failed_at, attempts from outbox
                        where account_id = ? order by created_at desc""")
                .param(account)
                .query((rs, row) -> new MailRecord(
                        rs.getString("kind"),
                        rs.getString("recipient"),
                        rs.getString("subject"),
                        rs.getObject("created_at", OffsetDateTime.class),
                        rs.getObject("sent_at", OffsetDateTime.class),
                        rs.getObject("failed_at", OffsetDateTime.class),
                        rs.getInt("attempts")))
                .list();
    }

    /** Removes the account's mail history (on erasure); mail still waiting to be sent goes too. */
    public int forget(UUID account) {
        jdbc.sql("delete from outbox_attachment where outbox_id in (select id from outbox where account_id = ?)")
                .param(account)
                .update();
        return jdbc.sql("delete from outbox where account_id = ?")
                .param(account)
                .update();
    }
}
