package nl.claimdesk.identity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.UUID;
import nl.claimdesk.TestToday;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Puts participants' sessions, as Spring Session keeps them in the database, in the states tests need. */
public final class TestSessions {

    private TestSessions() {}

    /** Makes every session of the account look as if it logged in {@code ago} before now. */
    public static void loggedInAgo(JdbcClient jdbc, UUID account, Duration ago) {
        int updated = jdbc.sql("""
                        update spring_session_attributes set attribute_bytes = ?
                        where attribute_name = ? and session_primary_id in
                        (select primary_id from spring_session where principal_name = ?)""")
                .params(
                        serialised(TestToday.now().minus(ago).toEpochMilli()),
                        ParticipantSessions.LOGGED_IN_AT,
                        account.toString())
                .update();
        if (updated == 0) {
            throw new IllegalStateException("the account has no session");
        }
    }

    /** How many sessions the account has, on any node. */
    public static long of(JdbcClient jdbc, UUID account) {
        return jdbc.sql("select count(*) from spring_session where principal_name = ?")
                .param(account.toString())
                .query(Long.class)
                .single();
    }

    private static byte[] serialised(Long value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
