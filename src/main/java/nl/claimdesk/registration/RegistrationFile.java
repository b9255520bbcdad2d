package nl.claimdesk.registration;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.claimdesk.identity.AccountId;
import org.jspecify.annotations.Nullable;

/**
 * Everything the registration module knows about one registration, as the back office shows it: every claimant
 * (handed-over ones too), suspected fraud, the duplicate reviews in both directions and the full history, including
 * the entries only staff see.
 */
public record RegistrationFile(
        RegistrationSummary registration,
        AccountId account,
        @Nullable String withdrawalChannel,
        @Nullable OffsetDateTime anonymisedAt,
        @Nullable Suspicion fraud,
        List<Claimant> claimants,
        List<Review> reviews,
        List<RegistrationEvent> history) {

    public UUID id() {
        return registration.id();
    }

    public String reference() {
        return registration.reference();
    }

    public String registrantName() {
        return registration.registrantName().strip();
    }

    public boolean verified() {
        return registration.verified();
    }

    public boolean withdrawn() {
        return registration.withdrawn();
    }

    public Optional<Claimant> claimant(UUID id) {
        return claimants.stream().filter(claimant -> claimant.id().equals(id)).findFirst();
    }

    /** Why someone on the staff suspects fraud, and since when. */
    public record Suspicion(OffsetDateTime since, String reason) {}

    /** A person whose claim the registration pursues, in any status (handed over too), and whether fraud is suspected. */
    public record Claimant(
            RegistrationSummary.Claimant details, @Nullable Suspicion fraud) {

        public UUID id() {
            return details.id();
        }

        public String name() {
            return details.name().strip();
        }

        public boolean child() {
            return details.child();
        }

        /** Whether staff can still act on the claimant (correct, withdraw): not withdrawn and not handed over. */
        public boolean active() {
            return details.status() != ClaimantStatus.WITHDRAWN && details.status() != ClaimantStatus.HANDED_OVER;
        }
    }

    /**
     * A duplicate-child review that concerns one of this file's claimants: either the claimant is the later
     * registration of someone registered before ({@code later}), or someone else's later registration points at it.
     */
    public record Review(
            UUID id,
            UUID claimant,
            boolean later,
            UUID otherClaimant,
            UUID otherRegistration,
            String otherReference,
            String otherName,
            String reason,
            OffsetDateTime createdAt,
            @Nullable OffsetDateTime resolvedAt,
            @Nullable String resolution) {

        public boolean open() {
            return resolvedAt == null;
        }
    }
}
