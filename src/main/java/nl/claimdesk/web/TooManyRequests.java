package nl.claimdesk.web;

import java.time.Duration;

/** A request refused by a rate limit; the answer is a 429 page that says when to try again. */
public class TooManyRequests extends RuntimeException {

    private final Duration retryAfter;

    public TooManyRequests(Duration retryAfter) {
        super("rate limit exceeded; retry after " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
