package nl.claimdesk.news.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.claimdesk.email.AudienceMail;
import nl.claimdesk.email.Backoff;
import nl.claimdesk.identity.AudienceAccounts;
import nl.claimdesk.news.NewsArchive;
import nl.claimdesk.registration.AudienceRegistrations;
import nl.claimdesk.shared.EmailAddress;
import nl.claimdesk.shared.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The recipients of mailings (table {@code news_recipient}). The audience is one query built from the SQL the owning
 * modules offer (registration, identity, email; docs/adr/0041); the frozen list is written from it set-based, in
 * batches along the account id, and holds no more than ids and a state.
 */
@Component
public class Recipients {

    // The states of a recipient, numbered in the order of NewsArchive.Outcome.
    static final short QUEUED = 0;
    static final short SENT = 1;
    static final short FAILED = 2;
    static final short SKIPPED = 3;
    private static final int FREEZE_BATCH = 50_000;
    private static final Duration PACE_WINDOW = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxAttempts;
    private final Duration firstRetry;
    private final int freezeBatch;

    @Autowired
    Recipients(JdbcClient jdbc, Clock clock, NewsSettings settings) {
        this(jdbc, clock, settings, FREEZE_BATCH);
    }

    /** With batches of {@code freezeBatch} recipients, so that a test can freeze a list in several. */
    Recipients(JdbcClient jdbc, Clock clock, NewsSettings settings, int freezeBatch) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxAttempts = settings.maxAttempts();
        this.firstRetry = settings.firstRetry();
        this.freezeBatch = freezeBatch;
    }

    /** Who the mailing would reach if it were sent now. */
    public long count(Mailing mailing) {
        return bound(jdbc.sql("select count(*) from (" + audience(mailing, "") + ") eligible"), mailing)
                .query(Long.class)
                .single();
    }

    /**
     * Writes the mailing's recipients as the audience is now; returns how many. In batches, although they share the
     * sending transaction, so that each statement ends within the statement timeout (docs/adr/0041).
     */
    int freeze(Mailing mailing) {
        String batch = "insert into news_recipient (account_id, mailing_id, state, attempts)"
                + " select account_id, :mailing, 0, 0 from (" + audience(mailing, " and reg.account_id > :after")
                + " order by reg.account_id limit :batch) eligible";
        UUID after = new UUID(0, 0);
        int total = 0;
        while (true) {
            int written = bound(jdbc.sql(batch), mailing)
                    .param("mailing", mailing.id())
                    .param("after", after)
                    .param("batch", freezeBatch)
                    .update();
            total += written;
            if (written < freezeBatch) {
                return total;
            }
            // The last account written, from the end of the queue index (PostgreSQL before 18 has no max(uuid)).
            after = jdbc.sql("""
                            select account_id from news_recipient where mailing_id = ? and state = 0
                            order by account_id desc limit 1""").param(mailing.id()).query(UUID.class).single();
        }
    }

    /**
     * Locks up to {@code max} queued recipients of the mailing for the caller's transaction, passing over those
     * waiting for another attempt.
     */
    List<UUID> claim(UUID mailing, int max) {
        return jdbc.sql("""
                        select account_id from news_recipient
                        where mailing_id = ? and state = 0 and (retry_at is null or retry_at <= ?)
                        limit ? for update skip locked""")
                .params(mailing, OffsetDateTime.now(clock), max)
                .query(UUID.class)
                .list();
    }

    /**
     * The claimed recipients who may still receive the mailing, with what their mail needs. Whoever withdrew, was
     * erased, turned news off (for a news update) or became undeliverable since the list was frozen is left out.
     */
    Map<UUID, Contact> contacts(Mailing mailing, Collection<UUID> accounts) {
        Map<UUID, Contact> contacts = new java.util.HashMap<>();
        bound(
                        jdbc.sql("select reg.account_id, reg.first_name, reg.language, acc.email, acc.email_normalised"
                                + " from ("
                                + AudienceRegistrations.select(
                                        mailing.audience().completeOnly())
                                + ") reg" + AudienceAccounts.join("acc", "reg.account_id")
                                + " where reg.account_id in (:accounts) and " + exclusions(mailing)),
                        mailing)
                .param("accounts", accounts)
                .query((RowCallbackHandler) rs -> contacts.put(
                        rs.getObject("account_id", UUID.class),
                        new Contact(
                                rs.getObject("account_id", UUID.class),
                                rs.getString("first_name"),
                                Language.fromCode(rs.getString("language")).orElse(Language.DEFAULT),
                                new EmailAddress(rs.getString("email"), rs.getString("email_normalised")))));
        return contacts;
    }

    void mark(UUID mailing, Collection<UUID> accounts, short state) {
        if (accounts.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        update news_recipient set state = :state, attempts = attempts + 1,
                            sent_at = case when :state = 1 then :now else sent_at end
                        where mailing_id = :mailing and account_id in (:accounts)""")
                .param("state", state)
                .param("now", OffsetDateTime.now(clock))
                .param("mailing", mailing)
                .param("accounts", accounts)
                .update();
    }

    /** Mails the server refused for good (a 5xx): they count as failed at once. */
    void refused(UUID mailing, Collection<UUID> accounts) {
        if (accounts.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        update news_recipient set state = 2, attempts = attempts + 1
                        where mailing_id = :mailing and account_id in (:accounts)""").param("mailing", mailing).param("accounts", accounts).update();
    }

    /**
     * Mails the server refused for now (a 4xx, a broken connection): each waits before its next attempt, doubling
     * from {@code claimdesk.news.first-retry}, while the rest of the mailing goes on; after
     * {@code claimdesk.news.max-attempts} attempts it counts as failed. One statement per number of attempts made,
     * since the wait depends on it; the most attempts first, so that no row is counted up twice.
     */
    void postponed(UUID mailing, Collection<UUID> accounts) {
        if (accounts.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (int made = maxAttempts - 1; made >= 0; made--) {
            int attempts = made + 1;
            jdbc.sql("""
                            update news_recipient set attempts = :attempts, state = :state, retry_at = :retryAt
                            where mailing_id = :mailing and account_id in (:accounts) and attempts = :made""")
                    .param("attempts", attempts)
                    .param("state", attempts >= maxAttempts ? FAILED : QUEUED)
                    .param("retryAt", now.plus(Backoff.after(firstRetry, attempts)))
                    .param("mailing", mailing)
                    .param("accounts", accounts)
                    .param("made", made)
                    .update();
        }
    }

    /** Skips whoever is still queued: the mailing was cancelled. */
    void skipQueued(UUID mailing) {
        jdbc.sql("update news_recipient set state = 3 where mailing_id = ? and state = 0")
                .param(mailing)
                .update();
    }

    /** The counts by state, and the pace over the last minute of sending (docs/adr/0055). */
    public Progress progress(Mailing mailing) {
        OffsetDateTime started = mailing.sendingStartedAt();
        OffsetDateTime until = mailing.finishedAt() == null ? OffsetDateTime.now(clock) : mailing.finishedAt();
        Duration window = started == null || Duration.between(started, until).compareTo(PACE_WINDOW) > 0
                ? PACE_WINDOW
                : Duration.between(started, until);
        long[] byState = new long[4];
        long[] sentInWindow = new long[1];
        jdbc.sql("""
                        select state, count(*) as n, sum(case when sent_at > ? then 1 else 0 end) as recent
                        from news_recipient where mailing_id = ? group by state""").params(until.minus(window), mailing.id()).query((RowCallbackHandler) rs -> {
            byState[rs.getInt("state")] = rs.getLong("n");
            if (rs.getInt("state") == SENT) {
                sentInWindow[0] = rs.getLong("recent");
            }
        });
        return Progress.of(byState[QUEUED], byState[SENT], byState[FAILED], byState[SKIPPED], sentInWindow[0], window);
    }

    long queued(UUID mailing) {
        return jdbc.sql("select count(*) from news_recipient where mailing_id = ? and state = 0")
                .param(mailing)
                .query(Long.class)
                .single();
    }

    /** The mailings sent to the account, with when. */
    public List<Received> receivedBy(UUID account) {
        List<Received> received = new ArrayList<>();
        jdbc.sql("select mailing_id, sent_at from news_recipient where account_id = ? and state = 1 order by sent_at")
                .param(account)
                .query((RowCallbackHandler) rs -> received.add(new Received(
                        rs.getObject("mailing_id", UUID.class), rs.getObject("sent_at", OffsetDateTime.class))));
        return received;
    }

    /** Every list the account is on, with what became of its mail, oldest mailing first (ids are time-ordered). */
    List<Place> listedFor(UUID account) {
        return jdbc.sql(
                        "select mailing_id, state, sent_at from news_recipient where account_id = ? order by mailing_id")
                .param(account)
                .query((rs, row) -> new Place(
                        rs.getObject("mailing_id", UUID.class),
                        NewsArchive.Outcome.values()[rs.getInt("state")],
                        rs.getObject("sent_at", OffsetDateTime.class)))
                .list();
    }

    void forget(UUID account) {
        jdbc.sql("delete from news_recipient where account_id = ?")
                .param(account)
                .update();
    }

    private static String audience(Mailing mailing, String extraCondition) {
        return "select reg.account_id from ("
                + AudienceRegistrations.select(mailing.audience().completeOnly())
                + ") reg" + AudienceAccounts.join("acc", "reg.account_id") + " where " + exclusions(mailing)
                + extraCondition;
    }

    /** Undeliverable addresses never get a mailing; a news update also skips whoever turned news off. */
    private static String exclusions(Mailing mailing) {
        String deliverable = AudienceMail.deliverable("acc.email_normalised");
        return mailing.isLegalNotice() ? deliverable : deliverable + " and " + AudienceMail.wantsNews("reg.account_id");
    }

    private static JdbcClient.StatementSpec bound(JdbcClient.StatementSpec statement, Mailing mailing) {
        return statement
                .param("campaign", mailing.campaign().value())
                .param("kinds", mailing.audience().kindNames())
                .param("languages", mailing.audience().languageCodes());
    }

    /** What a recipient's mail is made from. */
    record Contact(UUID account, @Nullable String firstName, Language language, EmailAddress email) {}

    /** An account's place on a mailing's list: what became of its mail, and when it was sent. */
    record Place(
            UUID mailing,
            NewsArchive.Outcome outcome,
            @Nullable OffsetDateTime sentAt) {}

    /** A mailing that reached an account, and when. */
    public record Received(UUID mailing, OffsetDateTime sentAt) {}
}
