package nl.claimdesk.campaign;

import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.claimdesk.campaign.CampaignDefinition.QuestionAndAnswer;
import nl.claimdesk.campaign.view.DeleteView;
import nl.claimdesk.campaign.view.EditorView;
import nl.claimdesk.shared.Language;
import nl.claimdesk.web.Choice;
import nl.claimdesk.web.FormErrors;
import nl.claimdesk.web.Texts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** Adds, edits and deletes a campaign's FAQ questions: a topic, and a question and answer per language. */
@Controller
class FaqEditorController {

    private static final String BASE = ContentSection.PATH + "/{slug}/faq";
    private static final String TOPIC = "topic";
    private static final List<EditorForm.Field> FIELDS = List.of(
            EditorForm.Field.plain("question", "content.faq.question", true, 500),
            EditorForm.Field.markdown("answer", "content.faq.answer", true));

    private final ContentEditorPages pages;
    private final EditableContent content;
    private final ContentEdits edits;

    FaqEditorController(ContentEditorPages pages, EditableContent content, ContentEdits edits) {
        this.pages = pages;
        this.content = content;
        this.edits = edits;
    }

    @GetMapping(BASE + "/new")
    ModelAndView add(@PathVariable String slug) {
        EditableCampaign campaign = pages.campaign(slug);
        return page(campaign, null, EditorForm.read(FIELDS, Map.of()), "", 0, FormErrors.none(), false, null, null);
    }

    @PostMapping(BASE + "/new")
    ModelAndView create(
            @PathVariable String slug, @RequestParam Map<String, String> params, HttpServletRequest request) {
        EditableCampaign campaign = pages.campaign(slug);
        EditorForm form = EditorForm.read(FIELDS, params);
        String topic = params.getOrDefault(TOPIC, "");
        if (ContentEditorPages.previewing(params)) {
            return page(campaign, null, form, topic, 0, FormErrors.none(), true, null, null);
        }
        FormErrors errors = FormErrors.none();
        UUID topicId = checkTopic(campaign, topic, errors);
        form.check(pages.texts(), errors);
        if (topicId == null || !errors.isEmpty()) {
            return page(campaign, null, form, topic, 0, errors, false, null, null);
        }
        edits.addFaqItem(ContentEditorPages.editor(request), campaign, topicId, texts(form));
        return ContentEditorPages.saved(campaign);
    }

    @GetMapping(BASE + "/{id}")
    ModelAndView edit(@PathVariable String slug, @PathVariable UUID id) {
        EditableCampaign campaign = pages.campaign(slug);
        StoredContent.FaqItem item = content.faqItem(campaign.id(), id).orElseThrow(ContentEditorPages::notFound);
        return page(
                campaign,
                id,
                stored(item),
                item.topicId().toString(),
                item.version(),
                FormErrors.none(),
                false,
                null,
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
        String topic = params.getOrDefault(TOPIC, "");
        long version = ContentEditorPages.version(params);
        if (ContentEditorPages.previewing(params)) {
            return page(campaign, id, form, topic, version, FormErrors.none(), true, null, null);
        }
        FormErrors errors = FormErrors.none();
        UUID topicId = checkTopic(campaign, topic, errors);
        form.check(pages.texts(), errors);
        if (topicId == null || !errors.isEmpty()) {
            return page(campaign, id, form, topic, version, errors, false, null, null);
        }
        try {
            edits.updateFaqItem(ContentEditorPages.editor(request), campaign, id, version, topicId, texts(form));
        } catch (ContentConflict conflict) {
            Texts t = pages.texts();
            return content.faqItem(campaign.id(), id)
                    .map(now -> page(
                            campaign,
                            id,
                            form,
                            topic,
                            now.version(),
                            FormErrors.none(),
                            false,
                            stored(now),
                            t.get("content.conflict")))
                    .orElseGet(() -> page(
                            campaign,
                            null,
                            form,
                            topic,
                            0,
                            FormErrors.none(),
                            false,
                            null,
                            t.get("content.conflict.gone")));
        }
        return ContentEditorPages.saved(campaign);
    }

    @GetMapping(BASE + "/{id}/delete")
    ModelAndView confirmDelete(@PathVariable String slug, @PathVariable UUID id) {
        EditableCampaign campaign = pages.campaign(slug);
        StoredContent.FaqItem item = content.faqItem(campaign.id(), id).orElseThrow(ContentEditorPages::notFound);
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
            edits.deleteFaqItem(ContentEditorPages.editor(request), campaign, id, ContentEditorPages.version(params));
        } catch (ContentConflict conflict) {
            // Already deleted by someone else is what this editor wanted too.
            return content.faqItem(campaign.id(), id)
                    .map(now -> deletePage(campaign, now, pages.texts().get("content.conflict.delete")))
                    .orElseGet(() -> ContentEditorPages.saved(campaign));
        }
        return ContentEditorPages.saved(campaign);
    }

    private @Nullable UUID checkTopic(EditableCampaign campaign, String typed, FormErrors errors) {
        for (StoredContent.FaqTopic topic : content.faqTopics(campaign.id())) {
            if (topic.id().toString().equals(typed)) {
                return topic.id();
            }
        }
        errors.add(TOPIC, pages.texts().get("content.faq.topic.missing"));
        return null;
    }

    private ModelAndView page(
            EditableCampaign campaign,
            @Nullable UUID id,
            EditorForm form,
            String topic,
            long version,
            FormErrors errors,
            boolean preview,
            @Nullable EditorForm stored,
            @Nullable String conflict) {
        Texts t = pages.texts();
        String slug = campaign.slug();
        List<Choice> topics = content.faqTopics(campaign.id()).stream()
                .map(option -> new Choice(
                        option.id().toString(),
                        option.title().getOrDefault(Language.NL, "") + " / "
                                + option.title().getOrDefault(Language.EN, ""),
                        null,
                        option.id().toString().equals(topic)))
                .toList();
        return pages.editor(new EditorView(
                t.get(id == null ? "content.faq.add" : "content.faq.edit"),
                campaign.name(),
                id == null ? ContentEditorPages.newFaqPath(slug) : ContentEditorPages.faqPath(slug, id),
                ContentEditorPages.overviewOf(slug),
                errors,
                conflict,
                version,
                null,
                new EditorView.SelectField(TOPIC, t.get("content.faq.topic"), topics),
                form.view(t, preview, stored),
                id == null ? null : ContentEditorPages.faqPath(slug, id) + "/delete"));
    }

    private ModelAndView deletePage(EditableCampaign campaign, StoredContent.FaqItem item, @Nullable String conflict) {
        Texts t = pages.texts();
        String slug = campaign.slug();
        List<String> questions =
                item.texts().values().stream().map(QuestionAndAnswer::question).toList();
        return pages.delete(new DeleteView(
                t.get("content.faq.delete"),
                campaign.name(),
                questions,
                ContentEditorPages.faqPath(slug, item.id()) + "/delete",
                ContentEditorPages.overviewOf(slug),
                item.version(),
                conflict));
    }

    private static EditorForm stored(StoredContent.FaqItem item) {
        Map<Language, Map<String, String>> values = new EnumMap<>(Language.class);
        item.texts()
                .forEach((language, text) ->
                        values.put(language, Map.of("question", text.question(), "answer", text.answer())));
        return EditorForm.of(FIELDS, values);
    }

    private static Map<Language, QuestionAndAnswer> texts(EditorForm form) {
        Map<Language, QuestionAndAnswer> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            texts.put(
                    language, new QuestionAndAnswer(form.value(language, "question"), form.value(language, "answer")));
        }
        return texts;
    }
}
