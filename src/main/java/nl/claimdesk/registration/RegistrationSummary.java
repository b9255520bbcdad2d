package nl.claimdesk.registration;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.claimdesk.campaign.CampaignId;
import org.jspecify.annotations.Nullable;

/** A registration as its owner sees it in Mijn dossier, with its claimants. */
public record RegistrationSummary(
        UUID id,
        String reference,
        CampaignId campaign,
        RegistrationKind kind,
        String firstName,
        String lastName,
        OffsetDateTime createdAt,
        @Nullable OffsetDateTime verifiedAt,
        List<Claimant> claimants) {

    public boolean verified() {
        return verifiedAt != null;
    }

    /** A claimant of the registration and where it stands ({@code REGISTERED} or {@code UNDER_REVIEW}). */
    public record Claimant(
            UUID id, String kind, String firstName, String lastName, LocalDate dateOfBirth, String status) {}

    static final class Builder {
        private final RegistrationSummary registration;
        final List<Claimant> claimants = new ArrayList<>();

        Builder(RegistrationSummary registration) {
            this.registration = registration;
        }

        RegistrationSummary build() {
            return new RegistrationSummary(
                    registration.id(),
                    registration.reference(),
                    registration.campaign(),
                    registration.kind(),
                    registration.firstName(),
                    registration.lastName(),
                    registration.createdAt(),
                    registration.verifiedAt(),
                    List.copyOf(claimants));
        }
    }
}
