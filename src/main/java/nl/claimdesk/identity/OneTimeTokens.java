package nl.claimdesk.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import nl.claimdesk.infrastructure.SecurityEvent;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * One-time links: 32 random bytes, of which only the SHA-256 is stored. A link is used up by one conditional update
 * ({@code used_at is null and revoked_at is null and expires_at > now}), so of two simultaneous uses exactly one
 * wins, on any database. Looking at a link ({@link #state}) never changes it. A new link replaces the older links of
 * its purpose (see {@link TokenPurpose#onePerSubject()}), and an address change revokes them all.
 */
@Component
public class OneTimeTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    OneTimeTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Issues a link in the current transaction and returns the token to put in it; it is not stored anywhere. The
     * account's older unused links of the purpose (for the same subject, where the purpose has one per subject) stop
     * working.
     */
    public String issue(AccountId account, TokenPurpose purpose, @Nullable UUID subject) {
        String token = newToken();
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (purpose.onePerSubject()) {
            revoke(account, purpose, subject);
        } else {
            jdbc.sql("""
                            update one_time_token set revoked_at = ?
                            where account_id = ? and purpose = ? and used_at is null and revoked_at is null""").params(now, account.value(), purpose.name()).update();
        }
        jdbc.sql("""
                        insert into one_time_token (token_hash, account_id, purpose, subject_id, created_at, expires_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(hash(token), account.value(), purpose.name(), subject, now, now.plus(purpose.lifetime()))
                .update();
        return token;
    }

    /** Revokes the account's unused link of the purpose for one subject, if there is one. */
    public void revoke(AccountId account, TokenPurpose purpose, @Nullable UUID subject) {
        jdbc.sql("""
                        update one_time_token set revoked_at = ?
                        where account_id = ? and purpose = ? and subject_id = ? and used_at is null
                        and revoked_at is null""")
                .params(OffsetDateTime.now(clock), account.value(), purpose.name(), subject)
                .update();
    }

    /** Revokes every unused link of the account, whatever its purpose; returns how many. */
    public int revokeAll(AccountId account) {
        return jdbc.sql("""
                        update one_time_token set revoked_at = ?
                        where account_id = ? and used_at is null and revoked_at is null""").params(OffsetDateTime.now(clock), account.value()).update();
    }

    public TokenState state(String token, TokenPurpose purpose) {
        Optional<StoredToken> stored = jdbc.sql(
                        "select used_at, revoked_at, expires_at from one_time_token where token_hash = ? and purpose = ?")
                .params(hash(token), purpose.name())
                .query((rs, row) -> new StoredToken(
                        rs.getObject("used_at", OffsetDateTime.class),
                        rs.getObject("revoked_at", OffsetDateTime.class),
                        rs.getObject("expires_at", OffsetDateTime.class)))
                .optional();
        return StoredToken.stateOf(stored, OffsetDateTime.now(clock));
    }

    /**
     * Uses the link up, if it is still valid; at most one caller ever gets the grant. A link that is used, revoked,
     * expired or unknown grants nothing and is logged as misused.
     */
    public Optional<TokenGrant> consume(String token, TokenPurpose purpose) {
        String hash = hash(token);
        OffsetDateTime now = OffsetDateTime.now(clock);
        int used = jdbc.sql("""
                        update one_time_token set used_at = ?
                        where token_hash = ? and purpose = ? and used_at is null and revoked_at is null
                        and expires_at > ?""").params(now, hash, purpose.name(), now).update();
        if (used != 1) {
            SecurityEvent.TOKEN_MISUSED.log(
                    "purpose", purpose.name(), "state", state(token, purpose).name());
            return Optional.empty();
        }
        return jdbc.sql("select account_id, subject_id from one_time_token where token_hash = ?")
                .param(hash)
                .query((rs, row) -> new TokenGrant(
                        new AccountId(rs.getObject("account_id", UUID.class)), rs.getObject("subject_id", UUID.class)))
                .optional();
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void forgetOldTokens() {
        jdbc.sql("delete from one_time_token where expires_at < ?")
                .param(OffsetDateTime.now(clock).minusDays(30))
                .update();
    }

    /** 32 random bytes, URL-safe. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }
}
