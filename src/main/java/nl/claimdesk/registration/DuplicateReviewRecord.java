package nl.claimdesk.registration;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A claimant held for review as a possible duplicate, as kept for the participant's data export. */
public record DuplicateReviewRecord(
        UUID claimant,
        String reason,
        OffsetDateTime createdAt,
        @Nullable OffsetDateTime resolvedAt) {}
