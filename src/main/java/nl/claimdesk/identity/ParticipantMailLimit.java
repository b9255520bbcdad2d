package nl.claimdesk.identity;

import java.time.Duration;
import nl.claimdesk.identity.internal.IdentitySettings;
import nl.claimdesk.infrastructure.RateLimiter;
import nl.claimdesk.infrastructure.SecurityEvent;
import nl.claimdesk.infrastructure.TooManyRequests;
import org.springframework.stereotype.Component;

/**
 * How many mails a logged-in participant can make us send from Mijn dossier per account per day: hand-over
 * invitations and confirmations of a new address, which go to addresses the account does not own, and the login
 * link that proves the current address before a change. Without it, one account could use Claimdesk to mail
 * anyone, as often as it liked, from our domain.
 */
@Component
public class ParticipantMailLimit {

    static final String NAME = "account-mail";

    private final RateLimiter limiter;
    private final RateLimiter.Limit limit;

    ParticipantMailLimit(RateLimiter limiter, IdentitySettings settings) {
        this.limiter = limiter;
        this.limit = new RateLimiter.Limit(NAME, settings.rateLimits().mailPerAccount(), Duration.ofDays(1));
    }

    /** Counts one mail for the account; false, and nothing may be sent, when the account is over its limit. */
    public boolean allows(AccountId account) {
        try {
            limiter.check(limit, account.value().toString());
            return true;
        } catch (TooManyRequests refused) {
            SecurityEvent.RATE_LIMIT_REFUSED.log("limit", NAME);
            return false;
        }
    }

    /** The limit per day, for the message that tells the participant. */
    public int perDay() {
        return limit.maximum();
    }
}
