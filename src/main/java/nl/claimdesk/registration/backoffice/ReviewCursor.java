package nl.claimdesk.registration.backoffice;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a page of the review queue ends, as it travels in the address of the next page: the creation time and id of
 * the last review shown ({@code 2026-11-28T20:15:00.123456Z~0193...}).
 */
public final class ReviewCursor {

    private static final String SEPARATOR = "~";

    private ReviewCursor() {}

    record Position(OffsetDateTime createdAt, UUID id) {}

    static String of(QueuedReview review) {
        return review.createdAt().toInstant() + SEPARATOR + review.id();
    }

    /** The position in {@code text}; empty when it is missing or not one (a hand-made address starts over). */
    static Optional<Position> parse(String text) {
        int separator = text.indexOf(SEPARATOR);
        if (separator < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Position(
                    OffsetDateTime.parse(text.substring(0, separator)),
                    UUID.fromString(text.substring(separator + 1))));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
