package nl.claimdesk.registration;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened to a registration: its kind (e.g. {@code SIGNED_UP}, {@code CLAIMANT_WITHDRAWN}), who
 * did it ({@code PARTICIPANT}, {@code STAFF}, {@code SYSTEM}), when, and the claimant it concerned, if one.
 */
public record RegistrationEvent(
        String kind,
        String actor,
        OffsetDateTime occurredAt,
        @Nullable UUID claimantId,
        @Nullable String detail) {}
