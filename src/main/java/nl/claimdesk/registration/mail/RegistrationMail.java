package nl.claimdesk.registration.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.claimdesk.campaign.CampaignSummary;
import nl.claimdesk.email.MailPriority;
import nl.claimdesk.email.Outbox;
import nl.claimdesk.email.OutgoingMail;
import nl.claimdesk.shared.EmailAddress;
import nl.claimdesk.shared.Language;
import nl.claimdesk.web.SitePaths;
import nl.claimdesk.web.SiteUrls;
import nl.claimdesk.web.Texts;
import org.jspecify.annotations.Nullable;

/**
 * One mail of signing up, put together step by step. What every such mail has is filled in here: the greeting, the
 * signature as the last closing line, and the footer naming the campaign and its privacy statement.
 */
final class RegistrationMail {

    private final Outbox outbox;
    private final SiteUrls urls;
    private final Texts texts;
    private final String kind;
    private final EmailAddress to;
    private final CampaignSummary campaign;
    private final Language language;
    private final List<String> paragraphs = new ArrayList<>();
    private final List<String> closing = new ArrayList<>();
    private @Nullable UUID account;
    private MailPriority priority = MailPriority.TRANSACTIONAL;
    private String subject = "";
    private OutgoingMail.@Nullable Button button;

    RegistrationMail(
            Outbox outbox,
            SiteUrls urls,
            Texts texts,
            String kind,
            EmailAddress to,
            CampaignSummary campaign,
            Language language) {
        this.outbox = outbox;
        this.urls = urls;
        this.texts = texts;
        this.kind = kind;
        this.to = to;
        this.campaign = campaign;
        this.language = language;
    }

    /** The account the mail is about, so that it shows in the account's mail history. */
    RegistrationMail account(UUID account) {
        this.account = account;
        return this;
    }

    /** Sent after the transactional mail, for mail that goes to many participants at once. */
    RegistrationMail bulk() {
        this.priority = MailPriority.BULK;
        return this;
    }

    RegistrationMail subject(String key, Object... args) {
        this.subject = texts.get(key, args);
        return this;
    }

    RegistrationMail paragraph(String key, Object... args) {
        return paragraphText(texts.get(key, args));
    }

    RegistrationMail paragraphText(String text) {
        paragraphs.add(text);
        return this;
    }

    /** The button, to a path of this site. */
    RegistrationMail button(String key, String path) {
        this.button = new OutgoingMail.Button(texts.get(key), urls.absolute(path));
        return this;
    }

    /** A closing line before the signature, e.g. what to do when the mail was not meant for you. */
    RegistrationMail closing(String key) {
        closing.add(texts.get(key));
        return this;
    }

    void send() {
        List<String> lines = new ArrayList<>(closing);
        lines.add(texts.get("mail.signature"));
        outbox.enqueue(new OutgoingMail(
                kind,
                priority,
                to,
                account,
                language,
                subject,
                texts.get("mail.greeting"),
                List.copyOf(paragraphs),
                button,
                List.copyOf(lines),
                new OutgoingMail.Footer(
                        campaign.name(language), urls.absolute(SitePaths.privacy(language, campaign.slug())))));
    }
}
