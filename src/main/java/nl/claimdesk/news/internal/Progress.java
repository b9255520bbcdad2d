package nl.claimdesk.news.internal;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * How far a mailing is: its frozen recipients by state, and the pace since it started.
 *
 * @param perMinute mails sent per minute on average since the mailing started
 * @param remaining the time still needed at that pace, or {@code null} when nothing has been sent yet
 */
public record Progress(
        long queued,
        long sent,
        long failed,
        long skipped,
        long perMinute,
        @Nullable Duration remaining) {

    public long total() {
        return queued + sent + failed + skipped;
    }

    /** Recipients dealt with (sent, failed or skipped) as a whole percentage of all. */
    public int percent() {
        long total = total();
        return total == 0 ? 100 : (int) ((total - queued) * 100 / total);
    }
}
