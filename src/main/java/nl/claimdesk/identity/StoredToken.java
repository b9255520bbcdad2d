package nl.claimdesk.identity;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The times of a stored one-time link, participant link or staff invitation alike; a kind of link that cannot be
 * revoked has no {@code revokedAt}.
 */
public record StoredToken(
        @Nullable OffsetDateTime usedAt, @Nullable OffsetDateTime revokedAt, OffsetDateTime expiresAt) {

    /** What a link is worth at {@code now}; a link that was never stored is unknown. */
    public static TokenState stateOf(Optional<StoredToken> stored, OffsetDateTime now) {
        return stored.map(token -> token.stateAt(now)).orElse(TokenState.UNKNOWN);
    }

    private TokenState stateAt(OffsetDateTime now) {
        if (usedAt != null) {
            return TokenState.USED;
        }
        if (revokedAt != null) {
            return TokenState.REVOKED;
        }
        return expiresAt.isAfter(now) ? TokenState.VALID : TokenState.EXPIRED;
    }
}
