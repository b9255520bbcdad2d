package nl.claimdesk.campaign.backoffice;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.campaign.ContentBlock;
import nl.claimdesk.campaign.view.DeleteView;
import nl.claimdesk.campaign.view.DocumentFormView;
import nl.claimdesk.campaign.view.EditorView;
import nl.claimdesk.infrastructure.StaffMember;
import nl.claimdesk.web.Texts;
import nl.claimdesk.web.Views;
import nl.claimdesk.web.backoffice.BackofficePages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/** What the content editor's controllers share: finding the campaign, who edits, addresses and page rendering. */
@Component
class ContentEditorPages {

    private final BackofficePages pages;
    private final EditableContent content;

    ContentEditorPages(BackofficePages pages, EditableContent content) {
        this.pages = pages;
        this.content = content;
    }

    EditableCampaign campaign(String slug) {
        return content.campaign(slug).orElseThrow(ContentEditorPages::notFound);
    }

    Texts texts() {
        return pages.texts();
    }

    static ContentEdits.Editor editor(HttpServletRequest request) {
        return new ContentEdits.Editor(Actor.staff(StaffMember.require().id()), request.getRemoteAddr());
    }

    /** The form shown again: {@code 409} after a refused save, {@code 200} otherwise. */
    ModelAndView editor(EditorView view) {
        return Views.render(
                "campaign/backoffice/editor",
                pages.page(view.heading(), ContentSection.PATH),
                view,
                view.conflict() == null ? HttpStatus.OK : HttpStatus.CONFLICT);
    }

    ModelAndView delete(DeleteView view) {
        return Views.render(
                "campaign/backoffice/delete",
                pages.page(view.heading(), ContentSection.PATH),
                view,
                view.conflict() == null ? HttpStatus.OK : HttpStatus.CONFLICT);
    }

    ModelAndView document(DocumentFormView view, HttpStatus status) {
        return Views.render(
                "campaign/backoffice/document", pages.page(view.heading(), ContentSection.PATH), view, status);
    }

    /** Back to the overview, which confirms the change is on the public site. */
    static ModelAndView saved(EditableCampaign campaign) {
        return new ModelAndView("redirect:" + ContentSection.PATH + "?saved=" + campaign.slug());
    }

    static boolean previewing(Map<String, String> params) {
        return "preview".equals(params.get("action"));
    }

    /** The version the form was based on; anything unreadable can never match a stored version. */
    static long version(Map<String, String> params) {
        try {
            return Long.parseLong(params.getOrDefault("version", "").strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    static String textPath(String slug, ContentBlock block) {
        return ContentSection.PATH + "/" + slug + "/texts/" + block.key();
    }

    /** An address below one kind of a campaign's items: {@code new}, {@code <id>} or {@code <id>/delete}. */
    static String itemPath(String slug, String kind, String rest) {
        return ContentSection.PATH + "/" + slug + "/" + kind + "/" + rest;
    }

    /** Where the overview lists the campaign's content. */
    static String overviewOf(String slug) {
        return ContentSection.PATH + "#campaign-" + slug;
    }
}
