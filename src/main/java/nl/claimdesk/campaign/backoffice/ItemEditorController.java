package nl.claimdesk.campaign.backoffice;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.claimdesk.campaign.internal.StoredContent;
import nl.claimdesk.campaign.view.DeleteView;
import nl.claimdesk.campaign.view.EditorView;
import nl.claimdesk.web.FormErrors;
import nl.claimdesk.web.Texts;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Adds, edits and deletes one kind of a campaign's list items (timeline items, FAQ questions): texts per language
 * plus one input of the kind's own (a date, a topic). The routes are {@code new}, {@code {id}} and
 * {@code {id}/delete} below the subclass's mapping; every form is shown again with the input kept on a preview, on
 * invalid input and when someone else saved first.
 *
 * @param <I> the item as stored
 * @param <X> the kind's own input as typed
 * @param <V> that input once checked
 */
public abstract class ItemEditorController<I extends StoredContent.Item, X, V> {

    final ContentEditorPages pages;
    final EditableContent content;
    final ContentEdits edits;
    private final String kind;
    private final List<EditorForm.Field> fields;

    /**
     * @param kind the path segment of this kind below the campaign, e.g. {@code timeline}
     * @param fields the texts each item has per language
     */
    ItemEditorController(
            ContentEditorPages pages,
            EditableContent content,
            ContentEdits edits,
            String kind,
            List<EditorForm.Field> fields) {
        this.pages = pages;
        this.content = content;
        this.edits = edits;
        this.kind = kind;
        this.fields = fields;
    }

    abstract Optional<I> find(EditableCampaign campaign, UUID id);

    abstract EditorForm formOf(I item);

    /** The kind's own input as stored, or empty for a new item. */
    abstract X inputOf(@Nullable I item);

    abstract X readInput(Map<String, String> params);

    /** The checked input, or {@code null} after adding the problem to {@code errors}. */
    abstract @Nullable V check(EditableCampaign campaign, X input, FormErrors errors);

    /** Adds the item when {@code id} is null, else changes it; throws {@link ContentConflict} on a stale version. */
    abstract void store(
            ContentEdits.Editor editor,
            EditableCampaign campaign,
            @Nullable UUID id,
            long version,
            V input,
            EditorForm form);

    abstract void remove(ContentEdits.Editor editor, EditableCampaign campaign, UUID id, long version);

    /** The kind's own input as the form shows it. */
    abstract EditorView.Extra extra(EditableCampaign campaign, X input, Texts t);

    /** What the delete page names so the editor recognises the item. */
    abstract List<String> summary(I item);

    /** What a page does, which names its heading: {@code content.<kind>.add}, {@code .edit} or {@code .delete}. */
    public enum Action {
        ADD,
        EDIT,
        DELETE;

        public String headingKey(String kind) {
            return "content." + kind + "." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @GetMapping("/new")
    ModelAndView add(@PathVariable String slug) {
        EditableCampaign campaign = pages.campaign(slug);
        EditorForm empty = EditorForm.read(fields, Map.of());
        return page(new Shown<>(campaign, null, empty, inputOf(null), 0), FormErrors.none(), false, null, null);
    }

    @PostMapping("/new")
    ModelAndView create(
            @PathVariable String slug, @RequestParam Map<String, String> params, HttpServletRequest request) {
        return save(pages.campaign(slug), null, params, request);
    }

    @GetMapping("/{id}")
    ModelAndView edit(@PathVariable String slug, @PathVariable UUID id) {
        EditableCampaign campaign = pages.campaign(slug);
        I item = find(campaign, id).orElseThrow(ContentEditorPages::notFound);
        Shown<X> shown = new Shown<>(campaign, id, formOf(item), inputOf(item), item.version());
        return page(shown, FormErrors.none(), false, null, null);
    }

    @PostMapping("/{id}")
    ModelAndView update(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam Map<String, String> params,
            HttpServletRequest request) {
        return save(pages.campaign(slug), id, params, request);
    }

    @GetMapping("/{id}/delete")
    ModelAndView confirmDelete(@PathVariable String slug, @PathVariable UUID id) {
        EditableCampaign campaign = pages.campaign(slug);
        return deletePage(campaign, find(campaign, id).orElseThrow(ContentEditorPages::notFound), null);
    }

    @PostMapping("/{id}/delete")
    ModelAndView delete(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam Map<String, String> params,
            HttpServletRequest request) {
        EditableCampaign campaign = pages.campaign(slug);
        try {
            remove(ContentEditorPages.editor(request), campaign, id, ContentEditorPages.version(params));
        } catch (ContentConflict conflict) {
            // Already deleted by someone else is what this editor wanted too.
            return find(campaign, id)
                    .map(now -> deletePage(campaign, now, pages.texts().get("content.conflict.delete")))
                    .orElseGet(() -> ContentEditorPages.saved(campaign));
        }
        return ContentEditorPages.saved(campaign);
    }

    private ModelAndView save(
            EditableCampaign campaign, @Nullable UUID id, Map<String, String> params, HttpServletRequest request) {
        Shown<X> shown = new Shown<>(
                campaign,
                id,
                EditorForm.read(fields, params),
                readInput(params),
                id == null ? 0 : ContentEditorPages.version(params));
        if (ContentEditorPages.previewing(params)) {
            return page(shown, FormErrors.none(), true, null, null);
        }
        FormErrors errors = FormErrors.none();
        V input = check(campaign, shown.input(), errors);
        shown.form().check(pages.texts(), errors);
        if (input == null || !errors.isEmpty()) {
            return page(shown, errors, false, null, null);
        }
        try {
            store(ContentEditorPages.editor(request), campaign, id, shown.version(), input, shown.form());
        } catch (ContentConflict conflict) {
            return conflict(shown);
        }
        return ContentEditorPages.saved(campaign);
    }

    /**
     * Someone saved or deleted the item after this editor opened it: show their input with what is stored now, and
     * let a second save overwrite it knowingly (or, if it was deleted, add it again).
     */
    private ModelAndView conflict(Shown<X> shown) {
        Texts t = pages.texts();
        Optional<I> now = shown.id() == null ? Optional.empty() : find(shown.campaign(), shown.id());
        if (now.isEmpty()) {
            Shown<X> again = new Shown<>(shown.campaign(), null, shown.form(), shown.input(), 0);
            return page(again, FormErrors.none(), false, null, t.get("content.conflict.gone"));
        }
        Shown<X> rebased = new Shown<>(
                shown.campaign(),
                shown.id(),
                shown.form(),
                shown.input(),
                now.get().version());
        return page(rebased, FormErrors.none(), false, formOf(now.get()), t.get("content.conflict"));
    }

    private ModelAndView page(
            Shown<X> shown,
            FormErrors errors,
            boolean preview,
            @Nullable EditorForm stored,
            @Nullable String conflict) {
        Texts t = pages.texts();
        EditableCampaign campaign = shown.campaign();
        UUID id = shown.id();
        String action = id == null ? path(campaign, "new") : path(campaign, id.toString());
        EditorView.Extra extra = extra(campaign, shown.input(), t);
        return pages.editor(new EditorView(
                t.get((id == null ? Action.ADD : Action.EDIT).headingKey(kind)),
                campaign.name(),
                action,
                ContentEditorPages.overviewOf(campaign.slug()),
                errors,
                conflict,
                shown.version(),
                extra.date(),
                extra.select(),
                shown.form().view(t, preview, stored),
                id == null ? null : action + "/delete"));
    }

    private ModelAndView deletePage(EditableCampaign campaign, I item, @Nullable String conflict) {
        Texts t = pages.texts();
        return pages.delete(new DeleteView(
                t.get(Action.DELETE.headingKey(kind)),
                campaign.name(),
                summary(item),
                path(campaign, item.id() + "/delete"),
                ContentEditorPages.overviewOf(campaign.slug()),
                item.version(),
                conflict));
    }

    private String path(EditableCampaign campaign, String rest) {
        return ContentEditorPages.itemPath(campaign.slug(), kind, rest);
    }

    /** What a form shows: the item (null when new), the input and the version it is based on. */
    private record Shown<X>(
            EditableCampaign campaign, @Nullable UUID id, EditorForm form, X input, long version) {}
}
