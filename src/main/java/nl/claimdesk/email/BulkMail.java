package nl.claimdesk.email;

import java.util.List;
import nl.claimdesk.shared.EmailAddress;
import nl.claimdesk.shared.Language;
import nl.claimdesk.shared.SafeHtml;
import org.jspecify.annotations.Nullable;

/**
 * One mail of a mailing to many people, built at delivery for its recipient: a subject, a body written in Markdown
 * (as sanitised HTML and as plain text), footer lines that say why the recipient gets it, and, for mail they may turn
 * off, the address that unsubscribes them in one click (RFC 8058).
 *
 * @param messageId the same for every attempt at this mail to this recipient, so a repeat can be recognised
 * @param unsubscribe the one-click unsubscribe, or {@code null} for mail nobody may refuse (a court-ordered notice)
 */
public record BulkMail(
        String messageId,
        EmailAddress to,
        Language language,
        String subject,
        String greeting,
        SafeHtml body,
        String textBody,
        List<String> notes,
        @Nullable Unsubscribe unsubscribe,
        OutgoingMail.Footer footer) {

    /**
     * The address for {@code List-Unsubscribe} and the visible link (a GET shows a page with a button, a POST
     * unsubscribes at once), with the link's words.
     */
    public record Unsubscribe(String url, String label) {}
}
