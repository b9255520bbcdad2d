package nl.claimdesk.campaign.view;

import nl.claimdesk.shared.SafeHtml;

/** One of the "how it works" steps. */
public record Step(String title, SafeHtml body) {}
