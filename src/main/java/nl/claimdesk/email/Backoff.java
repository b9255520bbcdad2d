package nl.claimdesk.email;

import java.time.Duration;

/** The pause before another attempt at a mail the server refused for now: doubling from the first, at most an hour. */
public final class Backoff {

    private static final Duration LONGEST = Duration.ofHours(1);

    private Backoff() {}

    /** The wait before attempt {@code attempts + 1}. */
    public static Duration after(Duration first, int attempts) {
        Duration delay = first.multipliedBy(1L << Math.min(attempts - 1, 16));
        return delay.compareTo(LONGEST) > 0 ? LONGEST : delay;
    }
}
