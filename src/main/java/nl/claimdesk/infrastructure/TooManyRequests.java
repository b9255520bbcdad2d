package nl.claimdesk.infrastructure;

import java.time.Duration;

/** A request refused by a rate limit; the answer is a 429 page that says when to try again. */
public class TooManyRequests extends RuntimeException {

    private final String limit;
    private final Duration retryAfter;

    /** @param limit the name of the limit that refused it, for the security log */
    public TooManyRequests(String limit, Duration retryAfter) {
        super("rate limit " + limit + " exceeded; retry after " + retryAfter.toSeconds() + " s");
        this.limit = limit;
        this.retryAfter = retryAfter;
    }

    public String limit() {
        return limit;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
