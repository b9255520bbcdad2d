package nl.claimdesk.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;

import java.time.Duration;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * What a public form that mails a typed address does with each outcome of its rate limit: under it, mail; over a
 * limit on the address, no mail but the normal answer; over a limit on the network address, a 429; and when the
 * database cannot count, go on as if under the limit (fail open) — never an error page.
 */
class MailRequestLimitsTest {

    private static final RateLimiter.Limit LIMIT = new RateLimiter.Limit("login-address", 5, Duration.ofMinutes(15));

    static Stream<Arguments> outcomes() {
        return Stream.of(
                Arguments.of("under the limit", null, true, false),
                Arguments.of("over the limit", new TooManyRequests("test", Duration.ofMinutes(3)), false, true),
                Arguments.of(
                        "no connection to the database",
                        new CannotCreateTransactionException("pool exhausted"),
                        true,
                        false),
                Arguments.of("the count timed out", new QueryTimeoutException("statement timeout"), true, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outcomes")
    void eachOutcomeOfTheCount(
            String outcome, @Nullable RuntimeException thrown, boolean mailAllowed, boolean floodRefused) {
        RateLimiter limiter = mock(RateLimiter.class);
        if (thrown == null) {
            doNothing().when(limiter).check(any(), anyString());
        } else {
            doThrow(thrown).when(limiter).check(any(), anyString());
        }
        MailRequestLimits limits = new MailRequestLimits(limiter);

        assertThat(limits.allowsMail(LIMIT, "anna@example.nl"))
                .as("mail allowed")
                .isEqualTo(mailAllowed);
        if (floodRefused) {
            assertThatThrownBy(() -> limits.refuseFlood(LIMIT, "192.0.2.1")).isInstanceOf(TooManyRequests.class);
        } else {
            assertThatCode(() -> limits.refuseFlood(LIMIT, "192.0.2.1")).doesNotThrowAnyException();
        }
    }

    @Test
    void aLimiterThatCannotReachItsDatabaseLetsTheRequestThrough() {
        MailRequestLimits limits = new MailRequestLimits(RateLimitsWithoutDatabaseTest.rateLimiter());

        assertThat(limits.allowsMail(LIMIT, "anna@example.nl")).isTrue();
        assertThatCode(() -> limits.refuseFlood(LIMIT, "192.0.2.1")).doesNotThrowAnyException();
    }
}
