package nl.claimdesk.campaign.view;

import nl.claimdesk.shared.SafeHtml;

/** A titled section of a longer page such as the privacy statement. */
public record Section(String id, String heading, SafeHtml body) {}
