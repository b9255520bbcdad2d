package nl.claimdesk.payout.internal.settlement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.claimdesk.campaign.CampaignId;
import org.jspecify.annotations.Nullable;

/**
 * A stored settlement: what came in, the fee, the net to distribute, who entered and who approved it, and — for a
 * settlement that needs it — the subdistrict court's approval for the minors (art. 1:345 BW).
 */
public record Settlement(
        UUID id,
        CampaignId campaign,
        SourceKind sourceKind,
        LocalDate sourceDate,
        String sourceReference,
        long grossCents,
        long costsCents,
        long feeCents,
        long netCents,
        boolean minorsNeedCourtApproval,
        @Nullable LocalDate courtApprovedAt,
        @Nullable String courtApprovalReference,
        MinorAccountRule minorAccountRule,
        UUID enteredBy,
        OffsetDateTime enteredAt,
        @Nullable UUID approvedBy,
        @Nullable OffsetDateTime approvedAt) {

    public boolean approved() {
        return approvedBy != null;
    }

    /** Whether the court's approval is still missing: until then no minor's share may be paid. */
    public boolean awaitingCourt() {
        return minorsNeedCourtApproval && courtApprovedAt == null;
    }
}
