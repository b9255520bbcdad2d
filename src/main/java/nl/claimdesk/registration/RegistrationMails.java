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
import org.jspecify.annotations.Nullable;
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

    /** Confirms a withdrawal: who was withdrawn, what happens to the data, and that no reason was needed. */
    void withdrawn(
            EmailAddress to,
            AccountId account,
            CampaignSummary campaign,
            Language language,
            List<String> names,
            boolean whole) {
        Texts t = pages.texts(language);
        String name = campaign.name(language);
        String who = names.isEmpty() ? "" : String.join(", ", names);
        send(
                "registration.withdrawn",
                to,
                account,
                campaign,
                language,
                t.get("mail.withdrawn.subject", name),
                List.of(
                        whole ? t.get("mail.withdrawn.whole", name) : t.get("mail.withdrawn.claimants", who, name),
                        t.get("mail.withdrawn.kept"),
                        t.get("mail.withdrawn.mistake")),
                null,
                List.of(t.get("mail.signature")));
    }

    /** Tells the parent that a child came of age and can take the file over. */
    void cameOfAge(EmailAddress to, AccountId account, CampaignSummary campaign, Language language, String childName) {
        Texts t = pages.texts(language);
        String name = campaign.name(language);
        send(
                "registration.came-of-age",
                to,
                account,
                campaign,
                language,
                t.get("mail.cameOfAge.subject", childName),
                List.of(
                        t.get(
                                "mail.cameOfAge.body",
                                childName,
                                name,
                                campaign.eligibility().majorityAge()),
                        t.get("mail.cameOfAge.how")),
                new OutgoingMail.Button(t.get("mail.repeated.button"), urls.absolute(SitePaths.logIn(language))),
                List.of(t.get("mail.signature")));
    }

    /** Invites the young adult to take their file over under their own account. */
    void handoverInvitation(
            EmailAddress to, CampaignSummary campaign, Language language, String parentName, String token) {
        Texts t = pages.texts(language);
        String name = campaign.name(language);
        outbox.enqueue(new OutgoingMail(
                "registration.handover",
                MailPriority.TRANSACTIONAL,
                to,
                null,
                language,
                t.get("mail.handover.subject", name),
                t.get("mail.greeting"),
                List.of(
                        t.get("mail.handover.body", parentName, name),
                        t.get(
                                "mail.handover.lifetime",
                                TokenPurpose.HAND_OVER.lifetime().toDays())),
                new OutgoingMail.Button(
                        t.get("mail.handover.button"), urls.absolute(HandoverController.linkPath(language, token))),
                List.of(t.get("mail.handover.notYou"), t.get("mail.signature")),
                footer(campaign, language)));
    }

    /** Reminds someone who never confirmed their address, halfway to the day the sign-up is erased. */
    void unverifiedReminder(
            EmailAddress to,
            AccountId account,
            CampaignSummary campaign,
            Language language,
            String token,
            long daysLeft) {
        Texts t = pages.texts(language);
        String name = campaign.name(language);
        send(
                "registration.reminder",
                to,
                account,
                campaign,
                language,
                t.get("mail.reminder.subject", name),
                List.of(t.get("mail.reminder.body", name, daysLeft), verifyLifetime(t)),
                new OutgoingMail.Button(
                        t.get("mail.verify.button"), urls.absolute(VerificationController.linkPath(language, token))),
                List.of(t.get("mail.verify.notYou"), t.get("mail.signature")));
    }

    private OutgoingMail.Footer footer(CampaignSummary campaign, Language language) {
        return new OutgoingMail.Footer(
                campaign.name(language), urls.absolute(SitePaths.privacy(language, campaign.slug())));
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
            OutgoingMail.@Nullable Button button,
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
