package nl.claimdesk.campaign.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.claimdesk.campaign.ContentBlock;
import nl.claimdesk.campaign.internal.CampaignDefinition.QuestionAndAnswer;
import nl.claimdesk.campaign.internal.CampaignDefinition.TitledText;
import nl.claimdesk.shared.Language;

/**
 * Campaign content as stored, with the raw Markdown an editor edits and the version a save must be based on. Texts
 * are keyed by language.
 */
public final class StoredContent {

    private StoredContent() {}

    /** A named text in every language; version 0 means it has never been stored. */
    public record Block(ContentBlock block, Map<Language, String> text, long version) {}

    /** An item of a list (timeline, FAQ) that is saved and deleted on its own. */
    public interface Item {
        UUID id();

        long version();
    }

    public record TimelineItem(UUID id, LocalDate date, Map<Language, TitledText> texts, long version)
            implements Item {}

    public record FaqTopic(UUID id, Map<Language, String> title) {}

    public record FaqItem(UUID id, UUID topicId, Map<Language, QuestionAndAnswer> texts, long version)
            implements Item {}
}
