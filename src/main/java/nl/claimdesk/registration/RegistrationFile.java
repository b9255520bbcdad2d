package nl.claimdesk.registration;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.claimdesk.campaign.CampaignId;
import nl.claimdesk.identity.AccountId;
import nl.claimdesk.shared.Language;
import org.jspecify.annotations.Nullable;

/**
 * Everything the registration module knows about one registration, as the back office shows it: every claimant
 * (handed-over ones too), suspected fraud, the duplicate reviews in both directions and the full history, including
 * the entries only staff see.
 */
public record RegistrationFile(
        UUID id,
        String reference,
        CampaignId campaign,
        AccountId account,
        RegistrationKind kind,
        @Nullable String firstName,
        @Nullable String lastName,
        @Nullable LocalDate dateOfBirth,
        @Nullable String postcode,
        String country,
        Language language,
        OffsetDateTime createdAt,
        @Nullable OffsetDateTime verifiedAt,
        @Nullable OffsetDateTime withdrawnAt,
        @Nullable String withdrawalChannel,
        @Nullable OffsetDateTime anonymisedAt,
        @Nullable Suspicion fraud,
        List<Claimant> claimants,
        List<Review> reviews,
        List<RegistrationEvent> history) {

    public String registrantName() {
        return ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
    }

    public boolean verified() {
        return verifiedAt != null;
    }

    public boolean withdrawn() {
        return withdrawnAt != null;
    }

    public Optional<Claimant> claimant(UUID id) {
        return claimants.stream().filter(claimant -> claimant.id().equals(id)).findFirst();
    }

    /** Why someone on the staff suspects fraud, and since when. */
    public record Suspicion(OffsetDateTime since, String reason) {}

    /** A person whose claim the registration pursues, in any status. */
    public record Claimant(
            UUID id,
            boolean child,
            @Nullable String firstName,
            @Nullable String lastName,
            @Nullable LocalDate dateOfBirth,
            int useStartedYear,
            @Nullable Integer useEndedYear,
            ClaimantStatus status,
            @Nullable OffsetDateTime participationCompletedAt,
            @Nullable LocalDate cameOfAgeOn,
            @Nullable OffsetDateTime withdrawnAt,
            @Nullable Suspicion fraud) {

        public String name() {
            return ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        }

        /** Whether staff can still act on the claimant (correct, withdraw): not withdrawn and not handed over. */
        public boolean active() {
            return status != ClaimantStatus.WITHDRAWN && status != ClaimantStatus.HANDED_OVER;
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
