package nl.claimdesk.campaign.backoffice;

import nl.claimdesk.campaign.CampaignId;

/** A campaign as the content editor names it: its id, slug and Dutch name. */
record EditableCampaign(CampaignId id, String slug, String name) {}
