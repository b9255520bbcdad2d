package nl.claimdesk.campaign;

import java.util.List;
import java.util.Map;
import nl.claimdesk.campaign.view.FaqTopic;
import nl.claimdesk.campaign.view.TimelineEntry;
import nl.claimdesk.shared.SafeHtml;
import org.jspecify.annotations.Nullable;

/**
 * A campaign's texts in one language, rendered once when loaded: plain blocks as they are, Markdown blocks as
 * sanitised HTML, the timeline newest first.
 */
public record LocalisedContent(
        Map<ContentBlock, String> plain,
        Map<ContentBlock, SafeHtml> html,
        List<Party> parties,
        List<TimelineEntry> timeline,
        List<FaqTopic> faq) {

    public String text(ContentBlock block) {
        return plain.getOrDefault(block, "");
    }

    public SafeHtml html(ContentBlock block) {
        return html.getOrDefault(block, SafeHtml.empty());
    }

    public record Party(
            PartyRole role, String name, @Nullable String url, SafeHtml description) {}
}
