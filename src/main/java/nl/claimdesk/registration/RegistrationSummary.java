package nl.claimdesk.registration;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.claimdesk.campaign.CampaignId;
import nl.claimdesk.campaign.ClassMembership;
import nl.claimdesk.campaign.RegistryChoice;
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

    /**
     * A person whose claim the registration pursues; {@code registryChoice} is an opt-out or opt-in the court's
     * registry reported, which is not a withdrawal ({@code status}).
     */
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
            @Nullable ClassStanding classStanding,
            @Nullable RegistryChoice registryChoice,
            @Nullable OffsetDateTime objectionSince) {

        public String name() {
            return (firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName);
        }

        public boolean withdrawn() {
            return status == ClaimantStatus.WITHDRAWN;
        }

        public boolean completed() {
            return participationCompletedAt != null;
        }

        /**
         * Frozen by an objection of the other parent (art. 1:253i BW) until a case handler resolves it: no correction,
         * withdrawal, agreement or payout.
         */
        public boolean frozen() {
            return objectionSince != null;
        }

        /**
         * Why the registrant may not change, withdraw or sign for this claimant on {@code today}: {@code frozen} by an
         * objection, or {@code adult}, a registered child who reached {@code majorityAge} and acts for themself now
         * (docs/adr/0014, 0048); the messages are {@code claimant.refused.<why>}. Empty when they may.
         */
        public java.util.Optional<String> registrantMayNotAct(LocalDate today, int majorityAge) {
            if (frozen()) {
                return java.util.Optional.of("frozen");
            }
            if (child
                    && dateOfBirth != null
                    && !today.isBefore(ClassMembership.dayOfMajority(dateOfBirth, majorityAge))) {
                return java.util.Optional.of("adult");
            }
            return java.util.Optional.empty();
        }
    }
}
