package nl.claimdesk.campaign;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.claimdesk.campaign.CampaignDefinition.QuestionAndAnswer;
import nl.claimdesk.campaign.CampaignDefinition.TitledText;
import nl.claimdesk.shared.Language;

/**
 * Campaign content as stored, with the raw Markdown an editor edits and the version a save must be based on. Texts
 * are keyed by language.
 */
final class StoredContent {

    private StoredContent() {}

    /** A named text in every language; version 0 means it has never been stored. */
    record Block(ContentBlock block, Map<Language, String> text, long version) {}

    /** An item of a list (timeline, FAQ) that is saved and deleted on its own. */
    interface Item {
        UUID id();

        long version();
    }

    record TimelineItem(UUID id, LocalDate date, Map<Language, TitledText> texts, long version) implements Item {}

    record FaqTopic(UUID id, Map<Language, String> title) {}

    record FaqItem(UUID id, UUID topicId, Map<Language, QuestionAndAnswer> texts, long version) implements Item {}
}
