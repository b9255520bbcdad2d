package nl.claimdesk.news.view;

/**
 * The progress of a mailing that has gone out, as numbers and words; {@code live} while it may still change, so the
 * page polls for it.
 */
public record ProgressView(
        String href,
        int percent,
        long total,
        long queued,
        long sent,
        long failed,
        long skipped,
        long perMinute,
        String remaining,
        String state,
        boolean live) {}
