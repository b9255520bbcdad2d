package nl.claimdesk.news.internal;

import java.util.List;
import java.util.UUID;
import nl.claimdesk.campaign.CampaignSummary;
import nl.claimdesk.campaign.Campaigns;
import nl.claimdesk.email.BulkMail;
import nl.claimdesk.email.OutgoingMail;
import nl.claimdesk.shared.EmailAddress;
import nl.claimdesk.shared.Language;
import nl.claimdesk.web.PageFactory;
import nl.claimdesk.web.SitePaths;
import nl.claimdesk.web.SiteUrls;
import nl.claimdesk.web.Texts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Builds a mailing's mail for one recipient at the moment it is sent: their name, their language, their own
 * unsubscribe link (news updates only; a legal notice says in its footer why it has none).
 */
@Component
public class NewsMails {

    private final Campaigns campaigns;
    private final PageFactory pages;
    private final SiteUrls urls;
    private final UnsubscribeTokens tokens;
    private final MailingBodies bodies;

    NewsMails(Campaigns campaigns, PageFactory pages, SiteUrls urls, UnsubscribeTokens tokens, MailingBodies bodies) {
        this.campaigns = campaigns;
        this.pages = pages;
        this.urls = urls;
        this.tokens = tokens;
        this.bodies = bodies;
    }

    /** The Message-ID of the mailing's mail to the account: the same on every attempt. */
    public String messageId(UUID mailing, UUID account) {
        return "<news." + mailing + "." + account + "@" + urls.host() + ">";
    }

    public BulkMail mail(
            Mailing mailing, UUID account, @Nullable String firstName, Language language, EmailAddress to) {
        Texts t = pages.texts(language);
        CampaignSummary campaign = campaigns.byId(mailing.campaign()).orElseThrow();
        Mailing.Text text = mailing.text(language);
        String body = text.body();
        if (mailing.timelineItem() != null) {
            body = body + "\n\n" + t.get("news.mail.readMore") + ": "
                    + urls.absolute(SitePaths.timelineItem(language, campaign.slug(), mailing.timelineItem()));
        }
        String greeting = firstName == null || firstName.isBlank()
                ? t.get("news.mail.greeting.anonymous")
                : t.get("news.mail.greeting", firstName);
        List<String> notes = mailing.isLegalNotice()
                ? List.of(t.get("news.mail.legalNote", campaign.name(language)))
                : List.of(t.get("news.mail.newsNote", campaign.name(language)));
        BulkMail.@Nullable Unsubscribe unsubscribe = mailing.isLegalNotice()
                ? null
                : new BulkMail.Unsubscribe(
                        urls.absolute(UnsubscribePaths.of(language, tokens.token(account))),
                        t.get("news.mail.unsubscribe"));
        return new BulkMail(
                messageId(mailing.id(), account),
                to,
                language,
                text.subject(),
                greeting,
                bodies.html(mailing.id(), language, body),
                body,
                notes,
                unsubscribe,
                new OutgoingMail.Footer(
                        campaign.name(language), urls.absolute(SitePaths.privacy(language, campaign.slug()))));
    }
}
