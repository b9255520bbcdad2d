package nl.claimdesk.registration.backoffice;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where the next page of a participant search starts: the sort columns of the last row shown. Keyset paging, so a
 * page deep in a million rows costs what the first one costs, and rows added meanwhile neither repeat nor vanish.
 */
public record ParticipantCursor(OffsetDateTime createdAt, String lastNameKey, String nameKey, UUID id) {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    /** The condition that keeps only rows after this one in {@code sort} order, and its parameters. */
    String condition(ParticipantSort sort, ParticipantConditions.SortColumns columns, List<Object> params) {
        switch (sort) {
            case NEWEST, OLDEST -> {
                params.add(createdAt);
                params.add(id);
                return "(" + columns.createdAt() + ", " + columns.id() + ")"
                        + (sort == ParticipantSort.NEWEST ? " < " : " > ") + "(?, ?)";
            }
            default -> {
                params.add(lastNameKey);
                params.add(nameKey);
                params.add(id);
                return "(r.last_name_key, r.name_key, r.id) > (?, ?, ?)";
            }
        }
    }

    /** The cursor as it travels in the next-page link. */
    String encode() {
        return String.join(".", part(createdAt.toString()), part(lastNameKey), part(nameKey), part(id.toString()));
    }

    /** The cursor of a next-page link; empty when it was not made by {@link #encode()}. */
    static Optional<ParticipantCursor> decode(String encoded) {
        try {
            List<String> parts = new ArrayList<>();
            for (String part : encoded.split("\\.", -1)) {
                parts.add(new String(DECODER.decode(part), StandardCharsets.UTF_8));
            }
            if (parts.size() != 4) {
                return Optional.empty();
            }
            return Optional.of(new ParticipantCursor(
                    OffsetDateTime.parse(parts.get(0)), parts.get(1), parts.get(2), UUID.fromString(parts.get(3))));
        } catch (RuntimeException notOurs) {
            return Optional.empty();
        }
    }

    private static String part(String text) {
        return ENCODER.encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
