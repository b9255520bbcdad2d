package nl.claimdesk.registration;

import java.util.List;
import java.util.UUID;
import nl.claimdesk.campaign.CampaignSummary;
import nl.claimdesk.shared.Language;

/** A complete, checked sign-up, ready to be stored. */
record SignUp(
        CampaignSummary campaign,
        RegistrationKind kind,
        Registrant registrant,
        List<ClaimantEntry> claimants,
        Language language,
        UUID idempotencyKey) {}
