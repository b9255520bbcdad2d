package nl.claimdesk.campaign.view;

import nl.claimdesk.shared.SafeHtml;

/**
 * What every page of a campaign shows about it: its name, where it stands and the links between its pages.
 * {@code signUpHref} leads to the sign-up funnel; it is only offered while the campaign is open.
 */
public record CampaignHeader(
        String slug,
        String name,
        String status,
        boolean open,
        SafeHtml statusNote,
        String landingHref,
        String signUpHref,
        String logInHref,
        String timelineHref,
        String privacyHref,
        String foundationHref) {}
