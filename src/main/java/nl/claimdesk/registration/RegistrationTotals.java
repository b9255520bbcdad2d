package nl.claimdesk.registration;

import java.util.List;
import java.util.Map;
import nl.claimdesk.campaign.CampaignId;

/**
 * Counts of registrations and claimants, never who they are: safe to show to any staff member.
 *
 * @param registrations registrations by state, every state present, in the order of the enum
 * @param claimants claimants by status, likewise
 * @param participationComplete claimants counted as {@link ClaimantStatus#REGISTERED} whose agreement was accepted
 * @param selfClaimants registrants who claim for themselves, counted as {@link ClaimantStatus#counts()} says
 * @param childClaimants children claimed for, counted likewise (a child under duplicate review is not counted)
 * @param supporters supporters whose registration was not withdrawn
 * @param openReviews claimants waiting for the back office to decide whether they were registered twice
 * @param campaigns the same per campaign, campaigns without registrations left out
 */
public record RegistrationTotals(
        Map<RegistrationState, Long> registrations,
        Map<ClaimantStatus, Long> claimants,
        long participationComplete,
        long selfClaimants,
        long childClaimants,
        long supporters,
        long openReviews,
        List<PerCampaign> campaigns) {

    /** One campaign's registrations (not withdrawn), counted claimants and supporters. */
    public record PerCampaign(CampaignId campaign, long registrations, long claimants, long supporters) {}
}
