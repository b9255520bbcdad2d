package nl.claimdesk.news.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The installation's sending rate for mailings: a token bucket in the database ({@code news_send_bucket}), refilled
 * at {@code claimdesk.news.rate-per-second} and holding at most one second's worth, so every delivery thread of every
 * node draws from the same allowance. Each draw is a short transaction of its own: the row is locked for a moment,
 * never while mail is being sent (docs/adr/0042).
 */
@Component
class SendRate {

    private static final String BUCKET = "news";

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final double perSecond;

    SendRate(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock, NewsSettings settings) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.perSecond = settings.ratePerSecond();
    }

    /** Takes up to {@code wanted} mails' worth of the allowance; returns how many may be sent now. */
    int take(int wanted) {
        Integer granted = ownTransaction.execute(status -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            jdbc.sql("insert into news_send_bucket (name, tokens, refilled_at) values (?, ?, ?) on conflict do nothing")
                    .params(BUCKET, capacity(), now)
                    .update();
            Bucket bucket = jdbc.sql("select tokens, refilled_at from news_send_bucket where name = ? for update")
                    .param(BUCKET)
                    .query((rs, row) ->
                            new Bucket(rs.getDouble("tokens"), rs.getObject("refilled_at", OffsetDateTime.class)))
                    .single();
            double seconds =
                    Math.max(0, Duration.between(bucket.refilledAt(), now).toNanos() / 1e9);
            double tokens = Math.min(capacity(), bucket.tokens() + seconds * perSecond);
            int taken = (int) Math.min(wanted, Math.floor(tokens));
            jdbc.sql("update news_send_bucket set tokens = ?, refilled_at = ? where name = ?")
                    .params(tokens - taken, now, BUCKET)
                    .update();
            return taken;
        });
        return granted == null ? 0 : granted;
    }

    /** Gives back what was taken but not sent (fewer recipients were left than allowed). */
    void giveBack(int unused) {
        if (unused <= 0) {
            return;
        }
        ownTransaction.executeWithoutResult(
                status -> jdbc.sql("update news_send_bucket set tokens = least(tokens + ?, ?) where name = ?")
                        .params(unused, capacity(), BUCKET)
                        .update());
    }

    private double capacity() {
        return Math.max(1, perSecond);
    }

    private record Bucket(double tokens, OffsetDateTime refilledAt) {}
}
