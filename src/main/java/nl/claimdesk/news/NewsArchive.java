package nl.claimdesk.news;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.claimdesk.campaign.CampaignId;
import nl.claimdesk.shared.Language;
import nl.claimdesk.shared.SafeHtml;

/** The mailings that went out, for the participant's file in the back office and for Mijn dossier. */
public interface NewsArchive {

    /** The mailings that reached the account, with when, oldest first. */
    List<Received> receivedBy(UUID account);

    /** The mailings sent to the participants of these campaigns, newest first, in the language. */
    List<Published> ofCampaigns(List<CampaignId> campaigns, Language language);

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
