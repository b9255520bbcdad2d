package nl.claimdesk.registration;

import java.util.List;
import nl.claimdesk.campaign.CampaignSummary;
import nl.claimdesk.email.MailPriority;
import nl.claimdesk.email.Outbox;
import nl.claimdesk.email.OutgoingMail;
import nl.claimdesk.identity.AccountId;
import nl.claimdesk.identity.TokenPurpose;
import nl.claimdesk.shared.EmailAddress;
import nl.claimdesk.shared.Language;
import nl.claimdesk.web.PageFactory;
import nl.claimdesk.web.SitePaths;
import nl.claimdesk.web.SiteUrls;
import nl.claimdesk.web.Texts;
import org.springframework.stereotype.Component;

/** The mails of signing up, in the registrant's language, each naming the campaign and its privacy statement. */
@Component
class RegistrationMails {

    private final Outbox outbox;
    private final PageFactory pages;
    private final SiteUrls urls;

    RegistrationMails(Outbox outbox, PageFactory pages, SiteUrls urls) {
        this.outbox = outbox;
        this.pages = pages;
        this.urls = urls;
    }

    /** "Confirm your address": the link verifies the registration and opens Mijn dossier. */
    void verify(EmailAddress to, AccountId account, CampaignSummary campaign, Language language, String token) {
        Texts t = pages.texts(language);
        String name = campaign.name(language);
        send(
                "registration.verify",
                to,
                account,
                campaign,
                language,
                t.get("mail.verify.subject", name),
                List.of(t.get("mail.verify.body", name), verifyLifetime(t)),
                new OutgoingMail.Button(
                        t.get("mail.verify.button"), urls.absolute(VerificationController.linkPath(language, token))),
                List.of(t.get("mail.verify.notYou"), t.get("mail.signature")));
    }

    /** The address signed up again for a campaign it is in, and confirmed it before: a way to log in instead. */
    void alreadyRegistered(
            EmailAddress to, AccountId account, CampaignSummary campaign, Language language, String loginToken) {
        Texts t = pages.texts(language);
        String name = campaign.name(language);
        send(
                "registration.repeated",
                to,
                account,
                campaign,
                language,
                t.get("mail.repeated.subject", name),
                List.of(
                        t.get("mail.repeated.body", name),
                        t.get(
                                "mail.repeated.logIn",
                                TokenPurpose.LOG_IN.lifetime().toMinutes())),
                new OutgoingMail.Button(
                        t.get("mail.repeated.button"), urls.absolute(SitePaths.logIn(language) + "/" + loginToken)),
                List.of(t.get("mail.repeated.notYou"), t.get("mail.signature")));
    }

    /** The address signed up again but never confirmed the first time: a fresh confirmation link. */
    void alreadyRegisteredUnconfirmed(
            EmailAddress to, AccountId account, CampaignSummary campaign, Language language, String verifyToken) {
        Texts t = pages.texts(language);
        String name = campaign.name(language);
        send(
                "registration.repeated",
                to,
                account,
                campaign,
                language,
                t.get("mail.repeated.subject", name),
                List.of(t.get("mail.repeated.body", name), t.get("mail.repeated.confirm"), verifyLifetime(t)),
                new OutgoingMail.Button(
                        t.get("mail.verify.button"),
                        urls.absolute(VerificationController.linkPath(language, verifyToken))),
                List.of(t.get("mail.repeated.notYou"), t.get("mail.signature")));
    }

    private String verifyLifetime(Texts t) {
        return t.get(
                "mail.verify.lifetime",
                TokenPurpose.VERIFY_REGISTRATION.lifetime().toHours());
    }

    private void send(
            String kind,
            EmailAddress to,
            AccountId account,
            CampaignSummary campaign,
            Language language,
            String subject,
            List<String> paragraphs,
            OutgoingMail.Button button,
            List<String> closing) {
        Texts t = pages.texts(language);
        outbox.enqueue(new OutgoingMail(
                kind,
                MailPriority.TRANSACTIONAL,
                to,
                account.value(),
                language,
                subject,
                t.get("mail.greeting"),
                paragraphs,
                button,
                closing,
                new OutgoingMail.Footer(
                        campaign.name(language), urls.absolute(SitePaths.privacy(language, campaign.slug())))));
    }
}
