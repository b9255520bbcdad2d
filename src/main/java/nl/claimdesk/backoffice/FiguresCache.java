package nl.claimdesk.backoffice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps figures that are expensive to count for a short while. Only the very first request for a scope waits for
 * the count; once the figures are too old, requests still get them while one count runs on {@code refresher}, so a
 * busy dashboard never waits for, nor runs, the same counts twice at once.
 */
final class FiguresCache<K, V> {

    private static final Logger log = LoggerFactory.getLogger(FiguresCache.class);

    private record Known<V>(V value, Instant readAt) {}

    private final Map<K, Known<V>> known = new ConcurrentHashMap<>();
    private final Map<K, Boolean> refreshing = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration maximumAge;
    private final Executor refresher;

    FiguresCache(Clock clock, Duration maximumAge, Executor refresher) {
        this.clock = clock;
        this.maximumAge = maximumAge;
        this.refresher = refresher;
    }

    /** The figures for {@code key}: counted by {@code count} when there are none, recounted when too old. */
    V get(K key, Function<K, V> count) {
        Known<V> previous = known.get(key);
        if (previous == null) {
            return store(key, count);
        }
        if (tooOld(previous) && refreshing.putIfAbsent(key, Boolean.TRUE) == null) {
            refresher.execute(() -> {
                try {
                    store(key, count);
                } catch (RuntimeException e) {
                    log.warn("Counting the dashboard figures failed; the previous figures stay", e);
                } finally {
                    refreshing.remove(key);
                }
            });
        }
        return known.getOrDefault(key, previous).value();
    }

    private V store(K key, Function<K, V> count) {
        Instant readAt = clock.instant();
        V value = count.apply(key);
        known.entrySet().removeIf(entry -> !entry.getKey().equals(key) && tooOld(entry.getValue()));
        known.put(key, new Known<>(value, readAt));
        return value;
    }

    private boolean tooOld(Known<V> figures) {
        return Duration.between(figures.readAt(), clock.instant()).compareTo(maximumAge) >= 0;
    }
}
