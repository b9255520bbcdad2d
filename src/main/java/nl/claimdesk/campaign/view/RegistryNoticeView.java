package nl.claimdesk.campaign.view;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** How to opt out of or into the court's class, as a campaign page shows it ({@code RegistryNotice}'s parts). */
public record RegistryNoticeView(
        List<String> paragraphs, String howTo, @Nullable String registryHref) {}
