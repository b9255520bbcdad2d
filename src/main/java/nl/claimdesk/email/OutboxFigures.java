package nl.claimdesk.email;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** How far mail delivery is behind, for the back office's dashboard: counts only, never a recipient. */
@Component
public class OutboxFigures {

    private final JdbcClient jdbc;

    OutboxFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param pending mails not sent yet, including those waiting for another attempt
     * @param retrying of the pending mails, those that failed at least once
     * @param failed mails given up after the last attempt
     */
    public record Backlog(long pending, long retrying, long failed) {}

    public Backlog backlog() {
        // Pending mails are few and found through the delivery worker's index (outbox_due); mails given up have no
        // index of their own, so counting them reads the table once (ADR 0018 says what that costs).
        return jdbc.sql("""
                        select
                            (select count(*) from outbox where pending = true) as pending,
                            (select count(*) from outbox where pending = true and attempts > 0) as retrying,
                            (select count(*) from outbox where failed_at is not null) as failed""")
                .query((rs, row) -> new Backlog(rs.getLong("pending"), rs.getLong("retrying"), rs.getLong("failed")))
                .single();
    }
}
