package nl.claimdesk.campaign.view;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Asks an editor to confirm deleting a timeline item or FAQ question, showing what would go. */
public record DeleteView(
        String heading,
        String campaignName,
        List<String> summary,
        String action,
        String backHref,
        long version,
        @Nullable String conflict) {}
