package nl.claimdesk.registration.backoffice;

import java.time.OffsetDateTime;
import java.util.UUID;
import nl.claimdesk.campaign.CampaignId;
import nl.claimdesk.registration.RegistrationKind;
import nl.claimdesk.registration.RegistrationState;
import org.jspecify.annotations.Nullable;

/** One registration in the participant search results. */
public record ParticipantRow(
        UUID id,
        String reference,
        String name,
        String email,
        @Nullable String postcode,
        CampaignId campaign,
        RegistrationKind kind,
        int claimants,
        RegistrationState state,
        boolean suspectedFraud,
        OffsetDateTime createdAt,
        ParticipantCursor cursor) {}
