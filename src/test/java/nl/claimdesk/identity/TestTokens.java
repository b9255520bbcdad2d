package nl.claimdesk.identity;

import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Puts one-time links in the states tests need, for tests of any module. */
public final class TestTokens {

    private TestTokens() {}

    /** Makes the link behave as if its lifetime ended a second ago. */
    public static void expire(JdbcClient jdbc, String token) {
        int updated = jdbc.sql("update one_time_token set expires_at = ? where token_hash = ?")
                .params(OffsetDateTime.now().minusSeconds(1), OneTimeTokens.hash(token))
                .update();
        if (updated != 1) {
            throw new IllegalStateException("no such token");
        }
    }

    /** The token at the end of a link path such as {@code /nl/inloggen/<token>}. */
    public static String of(String linkPath) {
        return linkPath.substring(linkPath.lastIndexOf('/') + 1);
    }
}
