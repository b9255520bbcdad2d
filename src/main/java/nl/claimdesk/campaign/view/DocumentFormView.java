package nl.claimdesk.campaign.view;

import java.util.List;
import nl.claimdesk.web.Choice;
import nl.claimdesk.web.FormErrors;
import org.jspecify.annotations.Nullable;

/**
 * The back-office form that uploads a document to a foundation page, or changes one: its kind, a title per
 * language, its date, the language it is written in and the PDF file (required when new, optional when changing).
 *
 * @param action where the form is sent, with the CSRF token in its query so that a refused oversized upload, whose
 *     body the server stops reading, still reaches the form with its message
 * @param fileHint what the file must be (PDF, the size limit), and what happens without one
 * @param current the stored file as the public site serves it, when changing a document
 */
public record DocumentFormView(
        String heading,
        String campaignName,
        String action,
        String backHref,
        FormErrors errors,
        @Nullable String conflict,
        long version,
        List<Choice> kinds,
        String nlTitle,
        String enTitle,
        EditorView.DateFields date,
        List<Choice> languages,
        String fileHint,
        @Nullable Link current,
        @Nullable String deleteHref) {

    /** The stored file: a description and where to download it. */
    public record Link(String text, String href) {}
}
