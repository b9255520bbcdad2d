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
import nl.claimdesk.identity.AudienceAccounts;
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

    static final short QUEUED = 0;
    static final short SENT = 1;
    static final short FAILED = 2;
    static final short SKIPPED = 3;
    static final int MAX_ATTEMPTS = 3;
    private static final int FREEZE_BATCH = 50_000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int freezeBatch;

    @Autowired
    Recipients(JdbcClient jdbc, Clock clock) {
        this(jdbc, clock, FREEZE_BATCH);
    }

    /** With batches of {@code freezeBatch} recipients, so that a test can freeze a list in several. */
    Recipients(JdbcClient jdbc, Clock clock, int freezeBatch) {
        this.jdbc = jdbc;
        this.clock = clock;
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

    /** Locks up to {@code max} queued recipients of the mailing for the caller's transaction. */
    List<UUID> claim(UUID mailing, int max) {
        return jdbc.sql("""
                        select account_id from news_recipient where mailing_id = ? and state = 0
                        limit ? for update skip locked""").params(mailing, max).query(UUID.class).list();
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

    /** A refused mail goes back to the queue for another round, and is given up after {@link #MAX_ATTEMPTS}. */
    void failed(UUID mailing, Collection<UUID> accounts) {
        if (accounts.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        update news_recipient set attempts = attempts + 1,
                            state = case when attempts + 1 >= :max then 2 else 0 end
                        where mailing_id = :mailing and account_id in (:accounts)""")
                .param("max", MAX_ATTEMPTS)
                .param("mailing", mailing)
                .param("accounts", accounts)
                .update();
    }

    /** Skips whoever is still queued: the mailing was cancelled. */
    void skipQueued(UUID mailing) {
        jdbc.sql("update news_recipient set state = 3 where mailing_id = ? and state = 0")
                .param(mailing)
                .update();
    }

    public Progress progress(Mailing mailing) {
        long[] byState = new long[4];
        jdbc.sql("select state, count(*) as n from news_recipient where mailing_id = ? group by state")
                .param(mailing.id())
                .query((RowCallbackHandler) rs -> byState[rs.getInt("state")] = rs.getLong("n"));
        long perMinute = 0;
        @Nullable Duration remaining = null;
        OffsetDateTime started = mailing.sendingStartedAt();
        if (started != null && byState[SENT] > 0) {
            OffsetDateTime until = mailing.finishedAt() == null ? OffsetDateTime.now(clock) : mailing.finishedAt();
            double minutes = Math.max(Duration.between(started, until).toMillis() / 60_000.0, 1 / 60.0);
            perMinute = Math.round(byState[SENT] / minutes);
            remaining = Duration.ofSeconds(Math.round(byState[QUEUED] * 60.0 / Math.max(perMinute, 1)));
        }
        return new Progress(byState[QUEUED], byState[SENT], byState[FAILED], byState[SKIPPED], perMinute, remaining);
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

    /** A mailing that reached an account, and when. */
    public record Received(UUID mailing, OffsetDateTime sentAt) {}
}
