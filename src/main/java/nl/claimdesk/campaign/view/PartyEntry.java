package nl.claimdesk.campaign.view;

import nl.claimdesk.shared.SafeHtml;
import org.jspecify.annotations.Nullable;

/** An organisation involved in a campaign, with its role named in the reader's language. */
public record PartyEntry(String role, String name, @Nullable String url, SafeHtml description) {}
