package nl.claimdesk.campaign.backoffice;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.claimdesk.campaign.internal.CampaignDefinition.TitledText;
import nl.claimdesk.campaign.internal.StoredContent;
import nl.claimdesk.campaign.view.EditorView;
import nl.claimdesk.shared.Language;
import nl.claimdesk.web.FormErrors;
import nl.claimdesk.web.Texts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** Adds, edits and deletes a campaign's timeline items: a date, and a title and body per language. */
@Controller
@RequestMapping(ContentSection.PATH + "/{slug}/" + TimelineEditorController.KIND)
class TimelineEditorController extends ItemEditorController<StoredContent.TimelineItem, TimelineDate, LocalDate> {

    public static final String KIND = "timeline";
    private static final List<EditorForm.Field> FIELDS = List.of(
            EditorForm.Field.plain("title", "content.timeline.title", true, 300),
            EditorForm.Field.markdown("body", "content.timeline.body", false));

    TimelineEditorController(ContentEditorPages pages, EditableContent content, ContentEdits edits) {
        super(pages, content, edits, KIND, FIELDS);
    }

    @Override
    Optional<StoredContent.TimelineItem> find(EditableCampaign campaign, UUID id) {
        return content.timelineItem(campaign.id(), id);
    }

    @Override
    EditorForm formOf(StoredContent.TimelineItem item) {
        Map<Language, Map<String, String>> values = new EnumMap<>(Language.class);
        item.texts()
                .forEach((language, text) -> values.put(language, Map.of("title", text.title(), "body", text.body())));
        return EditorForm.of(FIELDS, values);
    }

    @Override
    TimelineDate inputOf(StoredContent.@Nullable TimelineItem item) {
        return item == null ? TimelineDate.empty() : TimelineDate.of(item.date());
    }

    @Override
    TimelineDate readInput(Map<String, String> params) {
        return TimelineDate.read(params);
    }

    @Override
    @Nullable
    LocalDate check(EditableCampaign campaign, TimelineDate input, FormErrors errors) {
        return input.check(pages.texts(), errors);
    }

    @Override
    void store(
            ContentEdits.Editor editor,
            EditableCampaign campaign,
            @Nullable UUID id,
            long version,
            LocalDate date,
            EditorForm form) {
        Map<Language, TitledText> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            texts.put(language, new TitledText(form.value(language, "title"), form.value(language, "body")));
        }
        if (id == null) {
            edits.addTimelineItem(editor, campaign, date, texts);
        } else {
            edits.updateTimelineItem(editor, campaign, id, version, date, texts);
        }
    }

    @Override
    void remove(ContentEdits.Editor editor, EditableCampaign campaign, UUID id, long version) {
        edits.deleteTimelineItem(editor, campaign, id, version);
    }

    @Override
    EditorView.Extra extra(EditableCampaign campaign, TimelineDate input, Texts t) {
        return new EditorView.Extra(
                new EditorView.DateFields(t.get("content.timeline.date"), input.day(), input.month(), input.year()),
                null);
    }

    @Override
    List<String> summary(StoredContent.TimelineItem item) {
        TitledText dutch = item.texts().get(Language.NL);
        return List.of(item.date().toString(), dutch == null ? "" : dutch.title());
    }
}
