package nl.claimdesk.campaign;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.claimdesk.campaign.CampaignDefinition.TitledText;
import nl.claimdesk.campaign.view.DeleteView;
import nl.claimdesk.campaign.view.EditorView;
import nl.claimdesk.shared.Language;
import nl.claimdesk.web.FormErrors;
import nl.claimdesk.web.Texts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** Adds, edits and deletes a campaign's timeline items: a date, and a title and body per language. */
@Controller
class TimelineEditorController {

    private static final String BASE = ContentSection.PATH + "/{slug}/timeline";
    private static final List<EditorForm.Field> FIELDS = List.of(
            EditorForm.Field.plain("title", "content.timeline.title", true, 300),
            EditorForm.Field.markdown("body", "content.timeline.body", false));

    private final ContentEditorPages pages;
    private final EditableContent content;
    private final ContentEdits edits;

    TimelineEditorController(ContentEditorPages pages, EditableContent content, ContentEdits edits) {
        this.pages = pages;
        this.content = content;
        this.edits = edits;
    }

    @GetMapping(BASE + "/new")
    ModelAndView add(@PathVariable String slug) {
        EditableCampaign campaign = pages.campaign(slug);
        EditorForm empty = EditorForm.read(FIELDS, Map.of());
        return page(campaign, null, empty, TimelineDate.empty(), 0, FormErrors.none(), false, null);
    }

    @PostMapping(BASE + "/new")
    ModelAndView create(
            @PathVariable String slug, @RequestParam Map<String, String> params, HttpServletRequest request) {
        EditableCampaign campaign = pages.campaign(slug);
        EditorForm form = EditorForm.read(FIELDS, params);
        TimelineDate typed = TimelineDate.read(params);
        if (ContentEditorPages.previewing(params)) {
            return page(campaign, null, form, typed, 0, FormErrors.none(), true, null);
        }
        FormErrors errors = FormErrors.none();
        LocalDate date = typed.check(pages.texts(), errors);
        form.check(pages.texts(), errors);
        if (date == null || !errors.isEmpty()) {
            return page(campaign, null, form, typed, 0, errors, false, null);
        }
        edits.addTimelineItem(ContentEditorPages.editor(request), campaign, date, texts(form));
        return ContentEditorPages.saved(campaign);
    }

    @GetMapping(BASE + "/{id}")
    ModelAndView edit(@PathVariable String slug, @PathVariable UUID id) {
        EditableCampaign campaign = pages.campaign(slug);
        StoredContent.TimelineItem item =
                content.timelineItem(campaign.id(), id).orElseThrow(ContentEditorPages::notFound);
        return page(
                campaign,
                id,
                stored(item),
                TimelineDate.of(item.date()),
                item.version(),
                FormErrors.none(),
                false,
                null);
    }

    @PostMapping(BASE + "/{id}")
    ModelAndView update(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam Map<String, String> params,
            HttpServletRequest request) {
        EditableCampaign campaign = pages.campaign(slug);
        EditorForm form = EditorForm.read(FIELDS, params);
        TimelineDate typed = TimelineDate.read(params);
        long version = ContentEditorPages.version(params);
        if (ContentEditorPages.previewing(params)) {
            return page(campaign, id, form, typed, version, FormErrors.none(), true, null);
        }
        FormErrors errors = FormErrors.none();
        LocalDate date = typed.check(pages.texts(), errors);
        form.check(pages.texts(), errors);
        if (date == null || !errors.isEmpty()) {
            return page(campaign, id, form, typed, version, errors, false, null);
        }
        try {
            edits.updateTimelineItem(ContentEditorPages.editor(request), campaign, id, version, date, texts(form));
        } catch (ContentConflict conflict) {
            return conflict(campaign, id, form, typed);
        }
        return ContentEditorPages.saved(campaign);
    }

    @GetMapping(BASE + "/{id}/delete")
    ModelAndView confirmDelete(@PathVariable String slug, @PathVariable UUID id) {
        EditableCampaign campaign = pages.campaign(slug);
        StoredContent.TimelineItem item =
                content.timelineItem(campaign.id(), id).orElseThrow(ContentEditorPages::notFound);
        return deletePage(campaign, item, null);
    }

    @PostMapping(BASE + "/{id}/delete")
    ModelAndView delete(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam Map<String, String> params,
            HttpServletRequest request) {
        EditableCampaign campaign = pages.campaign(slug);
        try {
            edits.deleteTimelineItem(
                    ContentEditorPages.editor(request), campaign, id, ContentEditorPages.version(params));
        } catch (ContentConflict conflict) {
            // Already deleted by someone else is what this editor wanted too.
            return content.timelineItem(campaign.id(), id)
                    .map(now -> deletePage(campaign, now, pages.texts().get("content.conflict.delete")))
                    .orElseGet(() -> ContentEditorPages.saved(campaign));
        }
        return ContentEditorPages.saved(campaign);
    }

    /**
     * Someone saved or deleted the item after this editor opened it: show their input with what is stored now, and
     * let a second save overwrite it knowingly (or, if it was deleted, add it again).
     */
    private ModelAndView conflict(EditableCampaign campaign, UUID id, EditorForm form, TimelineDate typed) {
        Texts t = pages.texts();
        return content.timelineItem(campaign.id(), id)
                .map(now -> page(campaign, id, form, typed, now.version(), FormErrors.none(), false, now))
                .orElseGet(() -> page(
                        campaign,
                        null,
                        form,
                        typed,
                        0,
                        FormErrors.none(),
                        false,
                        null,
                        t.get("content.conflict.gone")));
    }

    private ModelAndView page(
            EditableCampaign campaign,
            @Nullable UUID id,
            EditorForm form,
            TimelineDate date,
            long version,
            FormErrors errors,
            boolean preview,
            StoredContent.@Nullable TimelineItem current) {
        String conflict = current == null ? null : pages.texts().get("content.conflict");
        EditorForm stored = current == null ? null : stored(current);
        return page(campaign, id, form, date, version, errors, preview, stored, conflict);
    }

    private ModelAndView page(
            EditableCampaign campaign,
            @Nullable UUID id,
            EditorForm form,
            TimelineDate date,
            long version,
            FormErrors errors,
            boolean preview,
            @Nullable EditorForm stored,
            @Nullable String conflict) {
        Texts t = pages.texts();
        String slug = campaign.slug();
        return pages.editor(new EditorView(
                t.get(id == null ? "content.timeline.add" : "content.timeline.edit"),
                campaign.name(),
                id == null ? ContentEditorPages.newTimelinePath(slug) : ContentEditorPages.timelinePath(slug, id),
                ContentEditorPages.overviewOf(slug),
                errors,
                conflict,
                version,
                new EditorView.DateFields(t.get("content.timeline.date"), date.day(), date.month(), date.year()),
                null,
                form.view(t, preview, stored),
                id == null ? null : ContentEditorPages.timelinePath(slug, id) + "/delete"));
    }

    private ModelAndView deletePage(
            EditableCampaign campaign, StoredContent.TimelineItem item, @Nullable String conflict) {
        Texts t = pages.texts();
        String slug = campaign.slug();
        TitledText dutch = item.texts().get(Language.NL);
        return pages.delete(new DeleteView(
                t.get("content.timeline.delete"),
                campaign.name(),
                List.of(item.date().toString(), dutch == null ? "" : dutch.title()),
                ContentEditorPages.timelinePath(slug, item.id()) + "/delete",
                ContentEditorPages.overviewOf(slug),
                item.version(),
                conflict));
    }

    private static EditorForm stored(StoredContent.TimelineItem item) {
        Map<Language, Map<String, String>> values = new EnumMap<>(Language.class);
        item.texts()
                .forEach((language, text) -> values.put(language, Map.of("title", text.title(), "body", text.body())));
        return EditorForm.of(FIELDS, values);
    }

    private static Map<Language, TitledText> texts(EditorForm form) {
        Map<Language, TitledText> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            texts.put(language, new TitledText(form.value(language, "title"), form.value(language, "body")));
        }
        return texts;
    }
}
