package nl.claimdesk.campaign.backoffice;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.campaign.CampaignId;
import nl.claimdesk.campaign.CampaignTimeline;
import nl.claimdesk.campaign.internal.CampaignDefinition.TitledText;
import nl.claimdesk.campaign.internal.StoredContent;
import nl.claimdesk.shared.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** {@link CampaignTimeline} through the content editor's own reading and saving, so both follow the same rules. */
@Component
class StoredCampaignTimeline implements CampaignTimeline {

    private final EditableContent content;
    private final ContentEdits edits;

    StoredCampaignTimeline(EditableContent content, ContentEdits edits) {
        this.content = content;
        this.edits = edits;
    }

    @Override
    public List<Item> items(CampaignId campaign) {
        return content.timeline(campaign).stream()
                .map(StoredCampaignTimeline::item)
                .toList();
    }

    @Override
    public Optional<Item> item(CampaignId campaign, UUID id) {
        return content.timelineItem(campaign, id).map(StoredCampaignTimeline::item);
    }

    @Override
    public UUID publish(
            CampaignId campaign, LocalDate date, Map<Language, Text> texts, Actor actor, @Nullable String ip) {
        EditableCampaign editable = content.campaigns().stream()
                .filter(candidate -> candidate.id().equals(campaign))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no campaign " + campaign));
        Map<Language, TitledText> stored = new EnumMap<>(Language.class);
        texts.forEach((language, text) -> stored.put(language, new TitledText(text.title(), text.body())));
        return edits.addTimelineItem(new ContentEdits.Editor(actor, ip), editable, date, stored);
    }

    private static Item item(StoredContent.TimelineItem stored) {
        TitledText dutch = stored.texts().get(Language.NL);
        return new Item(stored.id(), stored.date(), dutch == null ? "" : dutch.title());
    }
}
