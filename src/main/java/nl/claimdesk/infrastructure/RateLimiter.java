package nl.claimdesk.infrastructure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts attempts per key (an IP address, an email address) in fixed windows, in the database, so every node
 * sees the same count; the database holds a keyed hash of the key, never the key itself. Each check runs in its own short transaction: a refused sign-up still counts, and a hot key
 * never holds a lock for longer than one update. A limit that is switched off costs nothing, not even a connection.
 */
@Component
public class RateLimiter {

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final Pseudonyms pseudonyms;
    private final boolean postgres;

    RateLimiter(
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            Clock clock,
            Pseudonyms pseudonyms,
            @Value("${spring.datasource.url:}") String databaseUrl) {
        this.jdbc = jdbc;
        this.pseudonyms = pseudonyms;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.postgres = DatabaseMode.isPostgres(databaseUrl);
    }

    /**
     * Records one attempt under {@code limit}'s name and {@code key}; throws {@link TooManyRequests} when it is more
     * than the limit allows in the current window.
     */
    public void check(Limit limit, String key) {
        if (limit.maximum() <= 0) {
            return;
        }
        Instant now = clock.instant();
        long windowMillis = limit.window().toMillis();
        Instant windowStart = Instant.ofEpochMilli(now.toEpochMilli() - now.toEpochMilli() % windowMillis);
        OffsetDateTime start = windowStart.atOffset(ZoneOffset.UTC);
        // The key names an address or an email address: only its keyed hash is stored (ADR 27).
        String bucket = limit.name() + ":" + pseudonyms.keyed("rate-limit", key);
        int hits = ownTransaction.execute(status -> postgres ? upsert(bucket, start) : increment(bucket, start));
        if (hits > limit.maximum()) {
            throw new TooManyRequests(limit.name(), Duration.between(now, windowStart.plus(limit.window())));
        }
    }

    /** One statement, atomic under concurrent checks of the same key. */
    private int upsert(String bucket, OffsetDateTime start) {
        return jdbc.sql("""
                        insert into rate_limit_window (bucket, window_start, hits) values (?, ?, 1)
                        on conflict (bucket, window_start) do update set hits = rate_limit_window.hits + 1
                        returning hits""").params(bucket, start).query(Integer.class).single();
    }

    /** The same in up to four statements, for H2, which rejects {@code on conflict do update} and {@code returning}. */
    private int increment(String bucket, OffsetDateTime start) {
        String update = "update rate_limit_window set hits = hits + 1 where bucket = ? and window_start = ?";
        if (jdbc.sql(update).params(bucket, start).update() == 0) {
            int inserted = jdbc.sql(
                            "insert into rate_limit_window (bucket, window_start, hits) values (?, ?, 1) on conflict do nothing")
                    .params(bucket, start)
                    .update();
            if (inserted == 1) {
                return 1;
            }
            jdbc.sql(update).params(bucket, start).update();
        }
        return jdbc.sql("select hits from rate_limit_window where bucket = ? and window_start = ?")
                .params(bucket, start)
                .query(Integer.class)
                .single();
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    void forgetOldWindows() {
        jdbc.sql("delete from rate_limit_window where window_start < ?")
                .param(clock.instant().minus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC))
                .update();
    }

    /** At most {@code maximum} attempts per key in each {@code window}; 0 switches the limit off. */
    public record Limit(String name, int maximum, Duration window) {}
}
