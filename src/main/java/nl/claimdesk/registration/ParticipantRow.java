package nl.claimdesk.registration;

import java.time.OffsetDateTime;
import java.util.UUID;
import nl.claimdesk.campaign.CampaignId;
import org.jspecify.annotations.Nullable;

/** One registration in the participant search results. */
record ParticipantRow(
        UUID id,
        String reference,
        String name,
        String email,
        @Nullable String postcode,
        CampaignId campaign,
        RegistrationKind kind,
        int claimants,
        RegistrationState state,
        OffsetDateTime createdAt,
        ParticipantCursor cursor) {}
