package nl.claimdesk.email;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether a participant wants news updates (yes unless they said no). Transactional mail (confirmations, links,
 * withdrawals) is always sent. Turning news off never withdraws anyone from a claim.
 */
@Component
public class MailPreferences {

    private final JdbcClient jdbc;
    private final Clock clock;

    MailPreferences(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public boolean wantsNews(UUID account) {
        return jdbc.sql("select news from mail_preference where account_id = ?")
                .param(account)
                .query(Boolean.class)
                .optional()
                .orElse(true);
    }

    public void setNews(UUID account, boolean news) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int updated = jdbc.sql("update mail_preference set news = ?, changed_at = ? where account_id = ?")
                .params(news, now, account)
                .update();
        if (updated == 0) {
            jdbc.sql(
                            "insert into mail_preference (account_id, news, changed_at) values (?, ?, ?) on conflict do nothing")
                    .params(account, news, now)
                    .update();
        }
    }

    public void forget(UUID account) {
        jdbc.sql("delete from mail_preference where account_id = ?")
                .param(account)
                .update();
    }
}
