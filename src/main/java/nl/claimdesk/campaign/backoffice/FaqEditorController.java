package nl.claimdesk.campaign.backoffice;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.claimdesk.campaign.internal.CampaignDefinition.QuestionAndAnswer;
import nl.claimdesk.campaign.internal.StoredContent;
import nl.claimdesk.campaign.view.EditorView;
import nl.claimdesk.shared.Language;
import nl.claimdesk.web.Choice;
import nl.claimdesk.web.FormErrors;
import nl.claimdesk.web.Texts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** Adds, edits and deletes a campaign's FAQ questions: a topic, and a question and answer per language. */
@Controller
@RequestMapping(ContentSection.PATH + "/{slug}/" + FaqEditorController.KIND)
class FaqEditorController extends ItemEditorController<StoredContent.FaqItem, String, UUID> {

    public static final String KIND = "faq";
    private static final String TOPIC = "topic";
    private static final List<EditorForm.Field> FIELDS = List.of(
            EditorForm.Field.plain("question", "content.faq.question", true, 500),
            EditorForm.Field.markdown("answer", "content.faq.answer", true));

    FaqEditorController(ContentEditorPages pages, EditableContent content, ContentEdits edits) {
        super(pages, content, edits, KIND, FIELDS);
    }

    @Override
    Optional<StoredContent.FaqItem> find(EditableCampaign campaign, UUID id) {
        return content.faqItem(campaign.id(), id);
    }

    @Override
    EditorForm formOf(StoredContent.FaqItem item) {
        Map<Language, Map<String, String>> values = new EnumMap<>(Language.class);
        item.texts()
                .forEach((language, text) ->
                        values.put(language, Map.of("question", text.question(), "answer", text.answer())));
        return EditorForm.of(FIELDS, values);
    }

    /** The topic's id as the select submits it. */
    @Override
    String inputOf(StoredContent.@Nullable FaqItem item) {
        return item == null ? "" : item.topicId().toString();
    }

    @Override
    String readInput(Map<String, String> params) {
        return params.getOrDefault(TOPIC, "");
    }

    @Override
    @Nullable
    UUID check(EditableCampaign campaign, String input, FormErrors errors) {
        for (StoredContent.FaqTopic topic : content.faqTopics(campaign.id())) {
            if (topic.id().toString().equals(input)) {
                return topic.id();
            }
        }
        errors.add(TOPIC, pages.texts().get("content.faq.topic.missing"));
        return null;
    }

    @Override
    void store(
            ContentEdits.Editor editor,
            EditableCampaign campaign,
            @Nullable UUID id,
            long version,
            UUID topic,
            EditorForm form) {
        Map<Language, QuestionAndAnswer> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            texts.put(
                    language, new QuestionAndAnswer(form.value(language, "question"), form.value(language, "answer")));
        }
        if (id == null) {
            edits.addFaqItem(editor, campaign, topic, texts);
        } else {
            edits.updateFaqItem(editor, campaign, id, version, topic, texts);
        }
    }

    @Override
    void remove(ContentEdits.Editor editor, EditableCampaign campaign, UUID id, long version) {
        edits.deleteFaqItem(editor, campaign, id, version);
    }

    @Override
    EditorView.Extra extra(EditableCampaign campaign, String input, Texts t) {
        List<Choice> topics = content.faqTopics(campaign.id()).stream()
                .map(topic -> new Choice(
                        topic.id().toString(),
                        topic.title().getOrDefault(Language.NL, "") + " / "
                                + topic.title().getOrDefault(Language.EN, ""),
                        null,
                        topic.id().toString().equals(input)))
                .toList();
        return new EditorView.Extra(null, new EditorView.SelectField(TOPIC, t.get("content.faq.topic"), topics));
    }

    @Override
    List<String> summary(StoredContent.FaqItem item) {
        return item.texts().values().stream().map(QuestionAndAnswer::question).toList();
    }
}
