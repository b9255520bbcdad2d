package nl.claimdesk.registration;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.claimdesk.campaign.CampaignId;
import nl.claimdesk.shared.Language;
import org.jspecify.annotations.Nullable;

/**
 * A registration as its owner sees it in Mijn dossier, with the claimants they still act for. Names and dates are
 * absent once the data has been anonymised.
 */
public record RegistrationSummary(
        UUID id,
        String reference,
        CampaignId campaign,
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
        List<Claimant> claimants) {

    public boolean verified() {
        return verifiedAt != null;
    }

    public boolean withdrawn() {
        return withdrawnAt != null;
    }

    public String registrantName() {
        return (firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName);
    }

    /** A person whose claim the registration pursues. */
    public record Claimant(
            UUID id,
            boolean child,
            @Nullable String firstName,
            @Nullable String lastName,
            @Nullable LocalDate dateOfBirth,
            int useStartedYear,
            @Nullable Integer useStartedMonth,
            @Nullable Integer useEndedYear,
            @Nullable Integer useEndedMonth,
            @Nullable String residence,
            @Nullable Authority authority,
            ClaimantStatus status,
            @Nullable OffsetDateTime participationCompletedAt,
            @Nullable LocalDate cameOfAgeOn,
            @Nullable OffsetDateTime withdrawnAt,
            @Nullable ClassStanding classStanding) {

        public String name() {
            return (firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName);
        }

        public boolean withdrawn() {
            return status == ClaimantStatus.WITHDRAWN;
        }

        public boolean completed() {
            return participationCompletedAt != null;
        }
    }
}
