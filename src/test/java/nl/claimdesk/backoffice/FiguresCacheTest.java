package nl.claimdesk.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FiguresCacheTest {

    private final MovingClock clock = new MovingClock();
    private final FiguresCache<String, Integer> cache =
            new FiguresCache<>(clock, Duration.ofSeconds(60), Runnable::run);
    private final AtomicInteger counted = new AtomicInteger();

    @Test
    void figuresAreCountedOnceUntilTheyAreTooOld() {
        assertThat(cache.get("all", key -> counted.incrementAndGet())).isEqualTo(1);
        clock.advance(Duration.ofSeconds(59));
        assertThat(cache.get("all", key -> counted.incrementAndGet())).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        assertThat(cache.get("all", key -> counted.incrementAndGet())).isEqualTo(2);
        assertThat(counted).hasValue(2);
    }

    @Test
    void eachScopeHasItsOwnFigures() {
        assertThat(cache.get("one", key -> 1)).isEqualTo(1);
        assertThat(cache.get("two", key -> 2)).isEqualTo(2);
        assertThat(cache.get("one", key -> 3)).isEqualTo(1);
    }

    @Test
    void whileOneRequestCountsAgainOthersGetThePreviousFigures() throws Exception {
        cache.get("all", key -> 1);
        clock.advance(Duration.ofMinutes(2));
        CountDownLatch counting = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread refresher = Thread.ofVirtual()
                .start(() -> cache.get("all", key -> {
                    counting.countDown();
                    await(release);
                    return 2;
                }));
        assertThat(counting.await(5, TimeUnit.SECONDS)).isTrue();

        assertThat(cache.get("all", key -> counted.incrementAndGet())).isEqualTo(1);

        release.countDown();
        refresher.join(5000);
        assertThat(cache.get("all", key -> counted.incrementAndGet())).isEqualTo(2);
        assertThat(counted).hasValue(0);
    }

    @Test
    void aRequestAfterTheFiguresGrewOldGetsThemAtOnceWhileTheyAreCountedAside() {
        List<Runnable> aside = new ArrayList<>();
        FiguresCache<String, Integer> cache = new FiguresCache<>(clock, Duration.ofSeconds(60), aside::add);
        cache.get("all", key -> 1);
        clock.advance(Duration.ofMinutes(2));

        assertThat(cache.get("all", key -> 2)).isEqualTo(1);
        assertThat(cache.get("all", key -> 3)).isEqualTo(1);
        assertThat(aside).hasSize(1);
        aside.getFirst().run();

        assertThat(cache.get("all", key -> 4)).isEqualTo(2);
    }

    @Test
    void figuresThatCannotBeCountedAgainStayAsTheyWere() {
        cache.get("all", key -> 1);
        clock.advance(Duration.ofMinutes(2));

        assertThat(cache.get("all", key -> {
                    throw new IllegalStateException("database down");
                }))
                .isEqualTo(1);
        assertThat(cache.get("all", key -> 5)).isEqualTo(5);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class MovingClock extends Clock {

        private volatile Instant now = Instant.parse("2026-01-01T12:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
