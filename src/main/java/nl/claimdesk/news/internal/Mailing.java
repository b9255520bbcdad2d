package nl.claimdesk.news.internal;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import nl.claimdesk.campaign.CampaignId;
import nl.claimdesk.news.MailingKind;
import nl.claimdesk.shared.Language;
import org.jspecify.annotations.Nullable;

/**
 * A mailing as stored: what it says, to whom, who did what with it, and (once it has gone out) its counts.
 *
 * @param timelineItem the item of the campaign's timeline the mail points to, if any
 * @param publishOnSite a legal notice that is published on the campaign's timeline when it is sent
 * @param publishedItem the timeline item it was published as, once sent
 */
public record Mailing(
        UUID id,
        CampaignId campaign,
        MailingKind kind,
        Map<Language, Text> texts,
        @Nullable UUID timelineItem,
        boolean publishOnSite,
        @Nullable UUID publishedItem,
        Audience audience,
        MailingState state,
        Person composedBy,
        OffsetDateTime composedAt,
        @Nullable Person approvedBy,
        @Nullable OffsetDateTime approvedAt,
        @Nullable Person sentBy,
        @Nullable OffsetDateTime sendingStartedAt,
        @Nullable OffsetDateTime finishedAt,
        @Nullable Integer recipientCount) {

    /** The subject and Markdown body in one language. */
    public record Text(String subject, String body) {}

    /** A staff member as recorded on the mailing: id and the name shown. */
    public record Person(UUID id, String name) {}

    public Text text(Language language) {
        return texts.get(language);
    }

    public boolean isLegalNotice() {
        return kind == MailingKind.LEGAL_NOTICE;
    }
}
