package nl.claimdesk.campaign.view;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A campaign page made of titled sections with a table of contents: the privacy statement and the foundation
 * information. {@code registerHref} points at the court's register entry, where the campaign has one;
 * {@code documents} are the foundation's published documents by kind (none on the privacy statement); {@code
 * registryNotice} says how to opt out of or into the court's class (only on the foundation page).
 */
public record SectionedView(
        CampaignHeader campaign,
        String heading,
        List<Section> sections,
        List<String> terms,
        @Nullable String registerHref,
        List<DocumentGroup> documents,
        @Nullable RegistryNoticeView registryNotice) {}
