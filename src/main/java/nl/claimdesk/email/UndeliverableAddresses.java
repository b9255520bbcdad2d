package nl.claimdesk.email;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Addresses that mail cannot reach. Bulk mail skips them; transactional mail is still tried (a participant who
 * asks for a login link should get the attempt). Cleared when the participant confirms a new address or when the
 * back office clears it.
 */
@Component
public class UndeliverableAddresses {

    /** Where the failure was seen. */
    public enum Source {
        SMTP,
        BOUNCE
    }

    /** Why and when an address was marked. */
    public record Mark(String address, Source source, String reason, OffsetDateTime markedAt) {}

    private static final int REASON_LENGTH = 500;

    private final JdbcClient jdbc;
    private final Clock clock;

    UndeliverableAddresses(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void mark(String address, Source source, String reason) {
        String key = normalised(address);
        String shortReason = reason.length() > REASON_LENGTH ? reason.substring(0, REASON_LENGTH) : reason;
        OffsetDateTime now = OffsetDateTime.now(clock);
        int updated = jdbc.sql(
                        "update undeliverable_address set source = ?, reason = ?, marked_at = ? where address = ?")
                .params(source.name(), shortReason, now, key)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into undeliverable_address (address, source, reason, marked_at) values (?, ?, ?, ?)"
                            + " on conflict do nothing")
                    .params(key, source.name(), shortReason, now)
                    .update();
        }
    }

    public Optional<Mark> find(String address) {
        return jdbc.sql("select address, source, reason, marked_at from undeliverable_address where address = ?")
                .param(normalised(address))
                .query((row, n) -> new Mark(
                        row.getString("address"),
                        Source.valueOf(row.getString("source")),
                        row.getString("reason"),
                        row.getObject("marked_at", OffsetDateTime.class)))
                .optional();
    }

    public boolean isUndeliverable(String address) {
        return find(address).isPresent();
    }

    public void clear(String address) {
        jdbc.sql("delete from undeliverable_address where address = ?")
                .param(normalised(address))
                .update();
    }

    public long count() {
        return jdbc.sql("select count(*) from undeliverable_address")
                .query(Long.class)
                .single();
    }

    private static String normalised(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }
}
