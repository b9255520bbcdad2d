package nl.claimdesk.campaign.backoffice;

import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.claimdesk.campaign.ContentBlock;
import nl.claimdesk.campaign.internal.StoredContent;
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

/** Edits one of a campaign's named texts (intro, demands, privacy statement sections...) in both languages. */
@Controller
class TextEditorController {

    /** Texts a campaign may leave empty: the page then leaves their place out. */
    private static final Set<ContentBlock> OPTIONAL =
            Set.of(ContentBlock.STATUS_NOTE, ContentBlock.QUOTE, ContentBlock.QUOTE_AUTHOR);

    private static final String FIELD = "text";

    private final ContentEditorPages pages;
    private final EditableContent content;
    private final ContentEdits edits;

    TextEditorController(ContentEditorPages pages, EditableContent content, ContentEdits edits) {
        this.pages = pages;
        this.content = content;
        this.edits = edits;
    }

    @GetMapping(ContentSection.PATH + "/{slug}/texts/{key}")
    ModelAndView edit(@PathVariable String slug, @PathVariable String key) {
        EditableCampaign campaign = pages.campaign(slug);
        ContentBlock block = block(key);
        StoredContent.Block stored = content.block(campaign.id(), block);
        return page(campaign, block, stored(block, stored), stored.version(), FormErrors.none(), false, null);
    }

    @PostMapping(ContentSection.PATH + "/{slug}/texts/{key}")
    ModelAndView save(
            @PathVariable String slug,
            @PathVariable String key,
            @RequestParam Map<String, String> params,
            HttpServletRequest request) {
        EditableCampaign campaign = pages.campaign(slug);
        ContentBlock block = block(key);
        EditorForm form = EditorForm.read(fields(block), params);
        long version = ContentEditorPages.version(params);
        if (ContentEditorPages.previewing(params)) {
            return page(campaign, block, form, version, FormErrors.none(), true, null);
        }
        FormErrors errors = FormErrors.none();
        form.check(pages.texts(), errors);
        if (!errors.isEmpty()) {
            return page(campaign, block, form, version, errors, false, null);
        }
        Map<Language, String> text = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            text.put(language, form.value(language, FIELD));
        }
        try {
            edits.saveBlock(ContentEditorPages.editor(request), campaign, block, version, text);
        } catch (ContentConflict conflict) {
            StoredContent.Block now = content.block(campaign.id(), block);
            return page(campaign, block, form, now.version(), errors, false, stored(block, now));
        }
        return ContentEditorPages.saved(campaign);
    }

    private ModelAndView page(
            EditableCampaign campaign,
            ContentBlock block,
            EditorForm form,
            long version,
            FormErrors errors,
            boolean preview,
            @Nullable EditorForm current) {
        Texts t = pages.texts();
        return pages.editor(new EditorView(
                t.get("content.text.heading", t.get(labelKey(block))),
                campaign.name(),
                ContentEditorPages.textPath(campaign.slug(), block),
                ContentEditorPages.overviewOf(campaign.slug()),
                errors,
                current == null ? null : t.get("content.conflict"),
                version,
                null,
                null,
                form.view(t, preview, current),
                null));
    }

    private static EditorForm stored(ContentBlock block, StoredContent.Block stored) {
        Map<Language, Map<String, String>> values = new EnumMap<>(Language.class);
        stored.text().forEach((language, text) -> values.put(language, Map.of(FIELD, text)));
        return EditorForm.of(fields(block), values);
    }

    private static List<EditorForm.Field> fields(ContentBlock block) {
        boolean required = !OPTIONAL.contains(block);
        return List.of(
                block.plain()
                        ? EditorForm.Field.plain(FIELD, labelKey(block), required, 1000)
                        : EditorForm.Field.markdown(FIELD, labelKey(block), required));
    }

    public static String labelKey(ContentBlock block) {
        return "content.block." + block.key();
    }

    private static ContentBlock block(String key) {
        return ContentBlock.fromKey(key).orElseThrow(ContentEditorPages::notFound);
    }
}
