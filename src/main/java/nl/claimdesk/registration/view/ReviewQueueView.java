package nl.claimdesk.registration.view;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The open duplicate-child reviews, oldest first, a page at a time. */
public record ReviewQueueView(
        int open,
        List<Row> rows,
        @Nullable String nextHref,
        @Nullable String firstHref) {

    /** One review: the later registration beside the earlier one, and why they were taken for the same child. */
    public record Row(String resolveHref, String reason, String since, Side later, Side earlier) {}

    /** A claimant and the registration it belongs to, with a link to that file. */
    public record Side(
            String name,
            String born,
            String status,
            String reference,
            String registrant,
            String signedUp,
            String href) {}
}
