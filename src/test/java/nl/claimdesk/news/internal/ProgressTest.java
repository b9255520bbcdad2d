package nl.claimdesk.news.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The pace and the time still needed, from what went out in the last minute (or less, just after the start). */
class ProgressTest {

    static Stream<Arguments> paces() {
        return Stream.of(
                // sent in the window, window, still queued -> per minute, seconds still needed
                Arguments.of(1_200, Duration.ofMinutes(1), 6_000, 1_200, 300L),
                Arguments.of(10, Duration.ofSeconds(20), 30, 30, 60L),
                Arguments.of(6, Duration.ofMinutes(1), 24, 6, 240L),
                Arguments.of(1, Duration.ofMinutes(1), 0, 1, 0L),
                Arguments.of(0, Duration.ofMinutes(1), 500, 0, null),
                Arguments.of(0, Duration.ZERO, 500, 0, null),
                Arguments.of(5, Duration.ZERO, 10, 300_000, 0L));
    }

    @ParameterizedTest(name = "{0} in {1}, {2} queued: {3}/min, {4} s")
    @MethodSource("paces")
    void paceAndTimeStillNeeded(
            long sentInWindow, Duration window, long queued, long perMinute, @Nullable Long secondsNeeded) {
        Progress progress = Progress.of(queued, 100, 0, 0, sentInWindow, window);

        assertThat(progress.perMinute()).isEqualTo(perMinute);
        assertThat(progress.remaining()).isEqualTo(secondsNeeded == null ? null : Duration.ofSeconds(secondsNeeded));
    }

    @ParameterizedTest(name = "{0} queued of {1}: {2} %")
    @MethodSource("shares")
    void percentDealtWith(long queued, long others, int percent) {
        assertThat(Progress.of(queued, others, 0, 0, 0, Duration.ofMinutes(1)).percent())
                .isEqualTo(percent);
    }

    static Stream<Arguments> shares() {
        return Stream.of(
                Arguments.of(0, 0, 100), Arguments.of(50, 50, 50), Arguments.of(1, 2, 66), Arguments.of(3, 0, 0));
    }
}
