package nl.claimdesk.registration.internal;

import java.util.List;
import java.util.UUID;
import nl.claimdesk.campaign.CampaignSummary;
import nl.claimdesk.registration.RegistrationKind;
import nl.claimdesk.shared.Language;

/** A complete, checked sign-up, ready to be stored. */
public record SignUp(
        CampaignSummary campaign,
        RegistrationKind kind,
        Registrant registrant,
        List<ClaimantEntry> claimants,
        Language language,
        UUID idempotencyKey) {}
