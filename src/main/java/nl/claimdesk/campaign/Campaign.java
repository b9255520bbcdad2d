package nl.claimdesk.campaign;

import java.net.URI;
import org.jspecify.annotations.Nullable;

/** A campaign's settings as stored; its texts live in {@link LocalisedContent}. */
public record Campaign(
        CampaignId id,
        String slug,
        CampaignStatus status,
        String defendant,
        @Nullable URI courtRegisterUrl,
        int position,
        EligibilityRules eligibility,
        FeeTerms fee,
        long contentRevision) {}
