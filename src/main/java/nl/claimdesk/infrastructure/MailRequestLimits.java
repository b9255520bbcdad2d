package nl.claimdesk.infrastructure;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * The rate limits of the public forms that make us mail an address someone typed (sign-up, login link, new
 * confirmation link), applied so that they cannot lock a real person out (docs/adr/0025). A request over a limit on
 * the typed address still gets the normal answer; only its mail is held back. A flood from one network address may
 * be refused with a 429 page, which says nothing about any email address. When the count cannot be had because the
 * database does not answer, the request goes through (fail open): what these limits protect, the mail, is itself
 * written to that database.
 */
@Component
public class MailRequestLimits {

    private final RateLimiter limiter;

    MailRequestLimits(RateLimiter limiter) {
        this.limiter = limiter;
    }

    /** Counts one request; false when it is over {@code limit}, and then its mail must not be sent. */
    public boolean allowsMail(RateLimiter.Limit limit, String key) {
        try {
            limiter.check(limit, key);
            return true;
        } catch (TooManyRequests over) {
            SecurityEvent.RATE_LIMIT_MAIL_SUPPRESSED.log("limit", limit.name());
            return false;
        } catch (DataAccessException | TransactionException unavailable) {
            SecurityEvent.RATE_LIMIT_UNAVAILABLE.log("limit", limit.name());
            return true;
        }
    }

    /** Counts one request; throws {@link TooManyRequests} (a 429 page, logged where it is answered) when it is
     * over {@code limit}. */
    public void refuseFlood(RateLimiter.Limit limit, String key) {
        try {
            limiter.check(limit, key);
        } catch (DataAccessException | TransactionException unavailable) {
            SecurityEvent.RATE_LIMIT_UNAVAILABLE.log("limit", limit.name());
        }
    }
}
