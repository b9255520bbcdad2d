package nl.claimdesk.campaign.view;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Every campaign with its texts, timeline, FAQ and foundation documents, each row linking to its editor. */
public record ContentOverviewView(@Nullable String notice, List<CampaignContent> campaigns) {

    public record CampaignContent(
            String slug,
            String name,
            String publicHref,
            List<Row> texts,
            List<Row> timeline,
            List<Row> faq,
            List<Row> documents,
            String newTimelineHref,
            @Nullable String newFaqHref,
            String newDocumentHref,
            @Nullable String registerUrl,
            String registerHref) {}

    /** One item: what it is ({@code label}), a short excerpt per language, and where to change it. */
    public record Row(
            String label,
            String nl,
            String en,
            String editHref,
            @Nullable String deleteHref) {}
}
