package nl.claimdesk.email;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.claimdesk.TestToday;
import org.awaitility.Awaitility;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the outbox holds, for the tests of other modules: they ask here rather than read the email module's table, so
 * that only this module knows its columns.
 */
public final class QueuedMails {

    private final JdbcClient jdbc;

    public QueuedMails(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Waits until the outbox is drained: no mail is due and still unsent. Mail goes out in the background, so a test
     * that asserts a mail did <em>not</em> arrive at the mail server calls this first; otherwise it would pass merely
     * because the delivery had not happened yet. A mail that failed and waits for its retry, or one queued for later,
     * does not hold this up.
     */
    public void awaitDrained() {
        Awaitility.await("the outbox drained of due mail")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> dueAndUnsent() == 0);
    }

    private long dueAndUnsent() {
        // Due by the application's clock, which the tests may have moved to another day (TestToday).
        OffsetDateTime now = OffsetDateTime.now(TestToday.shift(Clock.systemUTC()));
        return jdbc.sql("select count(*) from outbox where pending = true and next_attempt_at <= :now")
                .param("now", now)
                .query(Long.class)
                .single();
    }

    /** How many mails the outbox holds for the address, sent or not; the address compared regardless of case. */
    public long to(String email) {
        return jdbc.sql("select count(*) from outbox where lower(recipient) = lower(:email)")
                .param("email", email)
                .query(Long.class)
                .single();
    }

    /** How many mails the outbox holds about the account, of any kind. */
    public long about(UUID account) {
        return jdbc.sql("select count(*) from outbox where account_id = :account")
                .param("account", account)
                .query(Long.class)
                .single();
    }

    /** How many mails of the kind (e.g. {@code registration.reminder}) the outbox holds about the account. */
    public long ofKind(UUID account, String kind) {
        return jdbc.sql("select count(*) from outbox where account_id = :account and kind = :kind")
                .param("account", account)
                .param("kind", kind)
                .query(Long.class)
                .single();
    }

    /** How many mails of the kind (e.g. {@code identity.login}) the outbox holds for the address, as typed. */
    public long ofKindTo(String email, String kind) {
        return jdbc.sql("select count(*) from outbox where recipient = :email and kind = :kind")
                .param("email", email)
                .param("kind", kind)
                .query(Long.class)
                .single();
    }

    /** How the one mail to the address is getting on. */
    public Delivery deliveryTo(String email) {
        return jdbc.sql("select pending, attempts, last_error, sent_at from outbox where recipient = :email")
                .param("email", email)
                .query((rs, row) -> new Delivery(
                        rs.getBoolean("pending"),
                        rs.getInt("attempts"),
                        rs.getString("last_error"),
                        rs.getObject("sent_at") != null))
                .single();
    }

    public record Delivery(
            boolean pending, int attempts, @Nullable String lastError, boolean sent) {}
}
