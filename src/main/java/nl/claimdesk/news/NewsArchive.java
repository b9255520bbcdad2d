package nl.claimdesk.news;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.claimdesk.campaign.CampaignId;
import nl.claimdesk.shared.Language;
import nl.claimdesk.shared.SafeHtml;
import org.jspecify.annotations.Nullable;

/**
 * The mailings that went out, for the participant's file in the back office and for Mijn dossier; and a participant's
 * place on the mailings' lists, for their export and their erasure.
 */
public interface NewsArchive {

    /** The mailings that reached the account, with when, oldest first. */
    List<Received> receivedBy(UUID account);

    /** The mailings sent to the participants of these campaigns, newest first, in the language. */
    List<Published> ofCampaigns(List<CampaignId> campaigns, Language language);

    /** Every mailing the account was a frozen recipient of, whatever became of its mail, oldest list first. */
    List<Listed> listedFor(UUID account);

    /** Forgets that the account was on any mailing's list (their erasure); a mailing keeps only its counts. */
    void forget(UUID account);

    /** What became of the mail to a recipient of a mailing. */
    enum Outcome {
        QUEUED,
        SENT,
        FAILED,
        SKIPPED
    }

    /** A mailing the account was on the list of: its Dutch subject, its kind, what became of it, when it was sent. */
    record Listed(
            UUID mailing,
            String subject,
            MailingKind kind,
            Outcome outcome,
            @Nullable OffsetDateTime sentAt) {}

    /** A mailing an account received: its Dutch subject, its kind, and when it was sent to them. */
    record Received(UUID mailing, String subject, MailingKind kind, OffsetDateTime sentAt) {}

    /** A mailing as a participant reads it back: subject and sanitised body in their language, and when it went out. */
    record Published(
            UUID mailing,
            CampaignId campaign,
            MailingKind kind,
            String subject,
            SafeHtml body,
            OffsetDateTime sentAt) {}
}
