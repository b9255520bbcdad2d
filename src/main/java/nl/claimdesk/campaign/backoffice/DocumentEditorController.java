package nl.claimdesk.campaign.backoffice;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.claimdesk.campaign.internal.DocumentKind;
import nl.claimdesk.campaign.internal.FileSize;
import nl.claimdesk.campaign.internal.FoundationDocument;
import nl.claimdesk.campaign.internal.FoundationDocuments;
import nl.claimdesk.campaign.internal.PdfFile;
import nl.claimdesk.campaign.view.DeleteView;
import nl.claimdesk.campaign.view.DocumentFormView;
import nl.claimdesk.campaign.view.EditorView;
import nl.claimdesk.shared.Language;
import nl.claimdesk.web.Choice;
import nl.claimdesk.web.FormErrors;
import nl.claimdesk.web.SitePaths;
import nl.claimdesk.web.Texts;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Uploads, changes (the description, the file or both) and removes the PDF documents of a campaign's foundation
 * page. A refused form is shown again with everything typed kept; only the file has to be chosen again, as a browser
 * never fills in a file field.
 */
@Controller
@RequestMapping(ContentSection.PATH + "/{slug}/" + DocumentEditorController.KIND)
class DocumentEditorController {

    static final String KIND = "documents";

    private final ContentEditorPages pages;
    private final FoundationDocuments documents;
    private final DocumentEdits edits;
    private final DocumentUpload upload;

    DocumentEditorController(
            ContentEditorPages pages, FoundationDocuments documents, DocumentEdits edits, DocumentUpload upload) {
        this.pages = pages;
        this.documents = documents;
        this.edits = edits;
        this.upload = upload;
    }

    @GetMapping("/new")
    ModelAndView add(@PathVariable String slug) {
        return form(new Shown(pages.campaign(slug), null, DocumentForm.empty(), 0), FormErrors.none(), null);
    }

    @PostMapping("/new")
    ModelAndView create(
            @PathVariable String slug,
            @RequestParam Map<String, String> params,
            @RequestParam(name = DocumentUpload.FIELD, required = false) @Nullable MultipartFile file,
            HttpServletRequest request) {
        return save(new Shown(pages.campaign(slug), null, DocumentForm.read(params), 0), file, request);
    }

    @GetMapping("/{id}")
    ModelAndView edit(@PathVariable String slug, @PathVariable UUID id) {
        EditableCampaign campaign = pages.campaign(slug);
        FoundationDocument document = find(campaign, id);
        return form(
                new Shown(campaign, document, DocumentForm.of(document), document.version()), FormErrors.none(), null);
    }

    @PostMapping("/{id}")
    ModelAndView update(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam Map<String, String> params,
            @RequestParam(name = DocumentUpload.FIELD, required = false) @Nullable MultipartFile file,
            HttpServletRequest request) {
        EditableCampaign campaign = pages.campaign(slug);
        DocumentForm typed = DocumentForm.read(params);
        Optional<FoundationDocument> document = documents.find(campaign.id(), id);
        if (document.isEmpty()) {
            return gone(campaign, typed);
        }
        return save(new Shown(campaign, document.get(), typed, ContentEditorPages.version(params)), file, request);
    }

    @GetMapping("/{id}/delete")
    ModelAndView confirmRemoval(@PathVariable String slug, @PathVariable UUID id) {
        EditableCampaign campaign = pages.campaign(slug);
        return removal(campaign, find(campaign, id), null);
    }

    @PostMapping("/{id}/delete")
    ModelAndView remove(
            @PathVariable String slug,
            @PathVariable UUID id,
            @RequestParam Map<String, String> params,
            HttpServletRequest request) {
        EditableCampaign campaign = pages.campaign(slug);
        try {
            edits.remove(ContentEditorPages.editor(request), campaign, id, ContentEditorPages.version(params));
        } catch (ContentConflict conflict) {
            // Removed by someone else is what this editor wanted too.
            return documents
                    .find(campaign.id(), id)
                    .map(now -> removal(campaign, now, pages.texts().get("content.conflict.delete")))
                    .orElseGet(() -> ContentEditorPages.saved(campaign));
        }
        return ContentEditorPages.saved(campaign);
    }

    /**
     * An upload larger than the servlet container reads ({@link UploadLimits}), or one that did not arrive whole: its
     * fields were not read either, so the form comes back as it was opened, saying what went wrong.
     */
    @ExceptionHandler(MultipartException.class)
    ModelAndView unreadable(MultipartException failure, HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        Map<String, String> path =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        EditableCampaign campaign = pages.campaign(path.get("slug"));
        FoundationDocument document = Optional.ofNullable(path.get("id"))
                .flatMap(id -> documents.find(campaign.id(), UUID.fromString(id)))
                .orElse(null);
        Shown shown = document == null
                ? new Shown(campaign, null, DocumentForm.empty(), 0)
                : new Shown(campaign, document, DocumentForm.of(document), document.version());
        boolean tooLarge = failure instanceof MaxUploadSizeExceededException
                || request.getAttribute(OversizedUploadFilter.REFUSED) != null;
        Texts t = pages.texts();
        FormErrors errors = FormErrors.none()
                .add(DocumentUpload.FIELD, tooLarge ? upload.tooLarge(t) : t.get("document.error.unreadable"));
        return form(shown, errors, null, tooLarge ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST);
    }

    private ModelAndView save(Shown shown, @Nullable MultipartFile file, HttpServletRequest request) {
        Texts t = pages.texts();
        FormErrors errors = FormErrors.none();
        FoundationDocument.Description description = shown.form().check(t, errors);
        PdfFile pdf = upload.check(file, shown.document() == null, t, errors);
        if (description == null || !errors.isEmpty()) {
            return form(shown, errors, null);
        }
        ContentEdits.Editor editor = ContentEditorPages.editor(request);
        try {
            if (shown.document() == null) {
                edits.add(editor, shown.campaign(), description, Objects.requireNonNull(pdf));
            } else {
                edits.change(editor, shown.campaign(), shown.document().id(), shown.version(), description, pdf);
            }
        } catch (ContentConflict conflict) {
            return conflict(shown);
        }
        return ContentEditorPages.saved(shown.campaign());
    }

    /** Someone changed or removed the document after this editor opened it; a second save overwrites knowingly. */
    private ModelAndView conflict(Shown shown) {
        Texts t = pages.texts();
        Optional<FoundationDocument> now =
                documents.find(shown.campaign().id(), shown.document().id());
        if (now.isEmpty()) {
            Shown again = new Shown(shown.campaign(), null, shown.form(), 0);
            return form(again, FormErrors.none(), t.get("document.conflict.gone"));
        }
        Shown rebased =
                new Shown(shown.campaign(), now.get(), shown.form(), now.get().version());
        return form(rebased, FormErrors.none(), t.get("document.conflict"));
    }

    /** The document was removed after this editor opened it: their input comes back as a new document. */
    private ModelAndView gone(EditableCampaign campaign, DocumentForm typed) {
        return form(
                new Shown(campaign, null, typed, 0),
                FormErrors.none(),
                pages.texts().get("document.conflict.gone"));
    }

    private ModelAndView form(Shown shown, FormErrors errors, @Nullable String conflict) {
        return form(shown, errors, conflict, conflict == null ? HttpStatus.OK : HttpStatus.CONFLICT);
    }

    private ModelAndView form(Shown shown, FormErrors errors, @Nullable String conflict, HttpStatus status) {
        Texts t = pages.texts();
        EditableCampaign campaign = shown.campaign();
        FoundationDocument document = shown.document();
        DocumentForm typed = shown.form();
        String action = path(campaign, document == null ? "new" : document.id().toString());
        DocumentFormView view = new DocumentFormView(
                t.get(document == null ? "document.add" : "document.edit"),
                campaign.name(),
                action,
                ContentEditorPages.overviewOf(campaign.slug()),
                errors,
                conflict,
                shown.version(),
                kinds(t, typed.kind()),
                typed.nlTitle(),
                typed.enTitle(),
                new EditorView.DateFields(
                        t.get("document.date"),
                        typed.date().day(),
                        typed.date().month(),
                        typed.date().year()),
                languages(t, typed.language()),
                t.get(document == null ? "document.file.hint" : "document.file.hintReplace", upload.limit(t)),
                document == null ? null : current(campaign, document, t),
                document == null ? null : action + "/delete");
        return pages.document(view, status);
    }

    private ModelAndView removal(EditableCampaign campaign, FoundationDocument document, @Nullable String conflict) {
        Texts t = pages.texts();
        return pages.delete(new DeleteView(
                t.get("document.delete"),
                campaign.name(),
                List.of(
                        t.get(document.kind().labelKey()),
                        document.title().get(Language.NL),
                        document.date().toString(),
                        FileSize.format(document.size(), t.language().locale())),
                path(campaign, document.id() + "/delete"),
                ContentEditorPages.overviewOf(campaign.slug()),
                document.version(),
                conflict));
    }

    private static DocumentFormView.Link current(EditableCampaign campaign, FoundationDocument document, Texts t) {
        return new DocumentFormView.Link(
                t.get(
                        "document.file.current",
                        FileSize.format(document.size(), t.language().locale())),
                SitePaths.foundationDocument(Language.NL, campaign.slug(), document.id()));
    }

    private static List<Choice> kinds(Texts t, String selected) {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice("", t.get("document.kind.choose"), null, selected.isEmpty()));
        Arrays.stream(DocumentKind.values())
                .map(kind -> new Choice(
                        kind.name(), t.get(kind.labelKey()), null, kind.name().equals(selected)))
                .forEach(choices::add);
        return List.copyOf(choices);
    }

    private static List<Choice> languages(Texts t, String selected) {
        return Arrays.stream(Language.values())
                .map(language -> new Choice(
                        language.code(),
                        t.get("content.language." + language.code()),
                        null,
                        language.code().equals(selected)))
                .toList();
    }

    private FoundationDocument find(EditableCampaign campaign, UUID id) {
        return documents.find(campaign.id(), id).orElseThrow(ContentEditorPages::notFound);
    }

    private static String path(EditableCampaign campaign, String rest) {
        return ContentEditorPages.itemPath(campaign.slug(), KIND, rest);
    }

    /** What a form shows: the stored document (null when new), the input and the version it is based on. */
    private record Shown(
            EditableCampaign campaign, @Nullable FoundationDocument document, DocumentForm form, long version) {}
}
