package nl.claimdesk.campaign.view;

import nl.claimdesk.web.FormErrors;

/** The back-office form for the address of the case in the court's central register of collective actions. */
public record RegisterLinkView(
        String heading, String campaignName, String action, String backHref, FormErrors errors, String url) {}
