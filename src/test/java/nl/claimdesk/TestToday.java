package nl.claimdesk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The day the tests take for today: the real date, or the one the system property {@code test.today} names (e.g.
 * {@code -Dtest.today=2035-03-01}) to run the suite as it will run in that year. The application's clock in every
 * test context is moved to this day (see {@link TestTodayContextCustomizerFactory}); ages in tests come from that
 * clock ({@link Ages}), never from a literal year.
 */
public final class TestToday {

    public static final String PROPERTY = "test.today";

    private static final ZoneId CLAIM_ZONE = ZoneId.of("Europe/Amsterdam");

    private TestToday() {}

    /** How far the tests' clocks run ahead of (or behind) the real one; zero without {@code test.today}. */
    public static Duration offset() {
        String wanted = System.getProperty(PROPERTY, "");
        if (wanted.isBlank()) {
            return Duration.ZERO;
        }
        LocalDate realToday = LocalDate.now(CLAIM_ZONE);
        return Duration.between(
                realToday.atStartOfDay(CLAIM_ZONE),
                LocalDate.parse(wanted.strip()).atStartOfDay(CLAIM_ZONE));
    }

    /** {@code clock} moved to the tests' today, running on from there. */
    public static Clock shift(Clock clock) {
        Duration offset = offset();
        return offset.isZero() ? clock : Clock.offset(clock, offset);
    }

    /** The present moment as the tests see it, for clocks a test makes itself ({@link MutableClock}). */
    public static Instant now() {
        return Instant.now().plus(offset());
    }
}
