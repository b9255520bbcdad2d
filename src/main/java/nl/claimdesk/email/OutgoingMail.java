package nl.claimdesk.email;

import java.util.List;
import java.util.UUID;
import nl.claimdesk.shared.EmailAddress;
import nl.claimdesk.shared.Language;
import org.jspecify.annotations.Nullable;

/**
 * A mail to one person, in words: a subject, paragraphs, at most one button, and the footer that names the
 * sender (usually the campaign) and links to the privacy statement. The outbox turns it into an HTML and a plain-text body.
 *
 * @param kind what sort of mail this is (e.g. {@code registration.verify}), kept in the mail history
 * @param accountId the account it concerns, if any, so the participant's file can list the mail
 */
public record OutgoingMail(
        String kind,
        MailPriority priority,
        EmailAddress to,
        @Nullable UUID accountId,
        Language language,
        String subject,
        String greeting,
        List<String> paragraphs,
        @Nullable Button button,
        List<String> closing,
        Footer footer,
        List<Attachment> attachments) {

    /** A mail without attachments. */
    public OutgoingMail(
            String kind,
            MailPriority priority,
            EmailAddress to,
            @Nullable UUID accountId,
            Language language,
            String subject,
            String greeting,
            List<String> paragraphs,
            @Nullable Button button,
            List<String> closing,
            Footer footer) {
        this(
                kind,
                priority,
                to,
                accountId,
                language,
                subject,
                greeting,
                paragraphs,
                button,
                closing,
                footer,
                List.of());
    }

    /** A file sent along, such as the signed agreement as PDF. */
    public record Attachment(String filename, String contentType, byte[] content) {}

    /** A call to action: a link shown as a button in HTML and as a plain address in text. */
    public record Button(String label, String url) {}

    /** Who sends the mail (the campaign, or the site) and where the privacy statement that applies is. */
    public record Footer(String sender, String privacyUrl) {}
}
