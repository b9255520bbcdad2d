package nl.claimdesk.registration.backoffice;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.claimdesk.registration.ClaimantStatus;
import org.jspecify.annotations.Nullable;

/** A duplicate-child review: the later claimant ({@code later}) and the one registered before ({@code earlier}). */
public record QueuedReview(
        UUID id, String reason, OffsetDateTime createdAt, boolean resolved, Side later, Side earlier) {

    /** One of the two claimants with the registration it belongs to. */
    record Side(
            UUID claimant,
            String name,
            @Nullable LocalDate dateOfBirth,
            ClaimantStatus status,
            UUID registration,
            String reference,
            String registrantName,
            OffsetDateTime signedUpAt) {}
}
