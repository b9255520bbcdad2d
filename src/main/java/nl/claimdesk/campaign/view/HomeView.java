package nl.claimdesk.campaign.view;

import java.util.List;

public record HomeView(List<CampaignCard> campaigns) {}
