package nl.claimdesk.payout.internal.settlement;

import java.time.LocalDate;
import nl.claimdesk.campaign.CampaignSummary;

/** A settlement as finance enters it; the fee and the net amount follow from the campaign's fee terms. */
public record NewSettlement(
        CampaignSummary campaign,
        SourceKind sourceKind,
        LocalDate sourceDate,
        String sourceReference,
        long grossCents,
        long costsCents,
        boolean minorsNeedCourtApproval,
        MinorAccountRule minorAccountRule) {}
