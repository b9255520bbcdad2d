package nl.claimdesk.news.internal;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * How far a mailing is: its frozen recipients by state, and the pace over the last minute.
 *
 * @param queued recipients still to be sent, including those waiting for another attempt
 * @param perMinute mails sent per minute over the last minute (or since the start, when that was less than a minute
 *     ago), so a pause or a slower rate shows at once and not diluted by the average since the start
 * @param remaining the time still needed at that pace, or {@code null} when nothing went out in that minute
 */
public record Progress(
        long queued,
        long sent,
        long failed,
        long skipped,
        long perMinute,
        @Nullable Duration remaining) {

    /** The counts, with the pace from the mails sent within {@code window} (at most a minute, never zero). */
    static Progress of(long queued, long sent, long failed, long skipped, long sentInWindow, Duration window) {
        double perMinute = sentInWindow * 60_000.0 / Math.max(window.toMillis(), 1);
        @Nullable
        Duration remaining = sentInWindow == 0 ? null : Duration.ofSeconds(Math.round(queued * 60.0 / perMinute));
        return new Progress(queued, sent, failed, skipped, Math.round(perMinute), remaining);
    }

    public long total() {
        return queued + sent + failed + skipped;
    }

    /** Recipients dealt with (sent, failed or skipped) as a whole percentage of all. */
    public int percent() {
        long total = total();
        return total == 0 ? 100 : (int) ((total - queued) * 100 / total);
    }
}
