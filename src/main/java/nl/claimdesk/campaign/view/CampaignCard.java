package nl.claimdesk.campaign.view;

/** A campaign as the home page lists it. */
public record CampaignCard(
        String name, String tagline, String status, boolean open, String registrations, String href) {}
