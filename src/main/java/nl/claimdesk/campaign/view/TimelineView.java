package nl.claimdesk.campaign.view;

import java.util.List;

public record TimelineView(CampaignHeader campaign, List<TimelineEntry> entries) {}
