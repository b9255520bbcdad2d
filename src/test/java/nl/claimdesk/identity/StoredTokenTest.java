package nl.claimdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One rule decides what a participant link and a staff invitation are worth: used wins over revoked, revoked over
 * expired, and a link still valid at the last second before it expires is expired at that second.
 */
class StoredTokenTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 7, 12, 0, 0, 0, ZoneOffset.UTC);

    @ParameterizedTest(name = "used {0} min ago, revoked {1} min ago, expires in {2} min: {3}")
    @CsvSource(
            nullValues = "-",
            value = {
                "-,  -, 10,  VALID",
                "-,  -, 0,   EXPIRED",
                "-,  -, -10, EXPIRED",
                "5,  -, 10,  USED",
                "5,  -, -10, USED",
                "5,  3, 10,  USED",
                "-,  3, 10,  REVOKED",
                "-,  3, -10, REVOKED",
            })
    void aStoredLinkIsWorth(
            @Nullable Integer usedAgo, @Nullable Integer revokedAgo, int expiresIn, TokenState expected) {
        StoredToken stored = new StoredToken(
                usedAgo == null ? null : NOW.minusMinutes(usedAgo),
                revokedAgo == null ? null : NOW.minusMinutes(revokedAgo),
                NOW.plusMinutes(expiresIn));

        assertThat(StoredToken.stateOf(Optional.of(stored), NOW)).isEqualTo(expected);
    }

    @Test
    void aLinkThatWasNeverStoredIsUnknown() {
        assertThat(StoredToken.stateOf(Optional.empty(), NOW)).isEqualTo(TokenState.UNKNOWN);
    }
}
