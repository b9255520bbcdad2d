package nl.claimdesk.backoffice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Keeps figures that are expensive to count for a short while. Once they are too old, the first request to ask
 * counts them again while concurrent requests still get the previous figures, so a busy dashboard never runs the
 * same counts twice at once.
 */
final class FiguresCache<K, V> {

    private record Known<V>(V value, Instant readAt) {}

    private final Map<K, Known<V>> known = new ConcurrentHashMap<>();
    private final Map<K, Boolean> refreshing = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration maximumAge;

    FiguresCache(Clock clock, Duration maximumAge) {
        this.clock = clock;
        this.maximumAge = maximumAge;
    }

    /** The figures for {@code key}, counted by {@code count} when there are none or they are too old. */
    V get(K key, Function<K, V> count) {
        Known<V> previous = known.get(key);
        if (previous != null && !tooOld(previous)) {
            return previous.value();
        }
        if (previous != null && refreshing.putIfAbsent(key, Boolean.TRUE) != null) {
            return previous.value();
        }
        try {
            Instant readAt = clock.instant();
            V value = count.apply(key);
            known.values().removeIf(this::tooOld);
            known.put(key, new Known<>(value, readAt));
            return value;
        } finally {
            if (previous != null) {
                refreshing.remove(key);
            }
        }
    }

    private boolean tooOld(Known<V> figures) {
        return Duration.between(figures.readAt(), clock.instant()).compareTo(maximumAge) >= 0;
    }
}
