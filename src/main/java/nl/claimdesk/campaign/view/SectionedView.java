package nl.claimdesk.campaign.view;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A campaign page made of titled sections with a table of contents: the privacy statement and the foundation
 * information. {@code registerHref} points at the court's register entry, where the campaign has one.
 */
public record SectionedView(
        CampaignHeader campaign,
        String heading,
        List<Section> sections,
        List<String> terms,
        @Nullable String registerHref) {}
