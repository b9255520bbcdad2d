package nl.claimdesk.identity.backoffice;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.audit.AuditDetails;
import nl.claimdesk.audit.AuditLog;
import nl.claimdesk.infrastructure.SecurityEvent;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing a staff member's second factor, counted per account in the database, so across every IP
 * address and node. The first {@value #FREE_FAILURES} wrong codes in a row cost nothing; after that each attempt must
 * wait, 30 seconds after the fifth and twice as long after each further one, at most 15 minutes. Never a lock-out:
 * only someone who knows the password reaches this step, and the member can always try again after the wait. A
 * right code sets the count back to zero.
 *
 * <p>An attempt is counted as wrong before its code is checked, in one conditional update: attempts sent at the same
 * moment from several places cannot get more tries than the schedule gives. A right code undoes that in the same
 * transaction.
 */
@Component
class SecondFactorThrottle {

    static final int FREE_FAILURES = 5;
    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    SecondFactorThrottle(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** How long the next attempt must wait after {@code failures} wrong codes in a row. */
    static Duration waitAfter(int failures) {
        if (failures < FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_FAILURES, 10);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    /**
     * Counts an attempt as wrong until {@link #succeeded} says otherwise; the wait still to go when it must not be
     * made yet.
     */
    Optional<Duration> begin(UUID staffId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        State state = jdbc.sql(
                        "select second_factor_failures, second_factor_wait_until from staff_account where id = ?")
                .param(staffId)
                .query((rs, row) -> new State(
                        rs.getInt("second_factor_failures"),
                        rs.getObject("second_factor_wait_until", OffsetDateTime.class)))
                .optional()
                .orElse(new State(0, null));
        if (state.waitUntil() != null && state.waitUntil().isAfter(now)) {
            return Optional.of(Duration.between(now, state.waitUntil()));
        }
        int failures = state.failures() + 1;
        Duration wait = waitAfter(failures);
        int counted = jdbc.sql("""
                        update staff_account set second_factor_failures = ?, second_factor_wait_until = ?
                        where id = ? and second_factor_failures = ?""")
                .params(failures, wait.isZero() ? null : now.plus(wait), staffId, state.failures())
                .update();
        // Zero rows: another attempt at this account is being checked right now; this one waits its turn.
        return counted == 1 ? Optional.empty() : Optional.of(Duration.ofSeconds(1));
    }

    /** The code was right: the count starts again. */
    void succeeded(UUID staffId) {
        jdbc.sql("""
                        update staff_account set second_factor_failures = 0, second_factor_wait_until = null
                        where id = ?""").param(staffId).update();
    }

    /**
     * The code was wrong (already counted by {@link #begin}); when this failure starts the waiting, the audit log
     * and the security log say so.
     */
    void failed(UUID staffId, @Nullable String ip) {
        int failures = jdbc.sql("select second_factor_failures from staff_account where id = ?")
                .param(staffId)
                .query(Integer.class)
                .optional()
                .orElse(0);
        if (failures == FREE_FAILURES) {
            long seconds = waitAfter(failures).toSeconds();
            audit.record(
                    Actor.system("staff-login"),
                    ip,
                    "staff.secondFactor.throttled",
                    "staff",
                    staffId,
                    AuditDetails.of(Map.of("failures", failures, "waitSeconds", seconds)));
            SecurityEvent.STAFF_SECOND_FACTOR_THROTTLED.log("failures", failures, "waitSeconds", seconds);
        }
    }

    private record State(int failures, @Nullable OffsetDateTime waitUntil) {}
}
