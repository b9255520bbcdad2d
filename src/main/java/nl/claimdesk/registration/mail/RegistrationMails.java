package nl.claimdesk.registration.mail;

import java.util.List;
import nl.claimdesk.campaign.CampaignSummary;
import nl.claimdesk.email.Outbox;
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
public class RegistrationMails {

    private final Outbox outbox;
    private final PageFactory pages;
    private final SiteUrls urls;

    RegistrationMails(Outbox outbox, PageFactory pages, SiteUrls urls) {
        this.outbox = outbox;
        this.pages = pages;
        this.urls = urls;
    }

    /** "Confirm your address": the link verifies the registration and opens Mijn dossier. */
    public void verify(EmailAddress to, AccountId account, CampaignSummary campaign, Language language, String token) {
        String name = campaign.name(language);
        mail("registration.verify", to, account, campaign, language)
                .subject("mail.verify.subject", name)
                .paragraph("mail.verify.body", name)
                .paragraph("mail.verify.lifetime", verifyLifetimeHours())
                .button("mail.verify.button", LinkPaths.confirmation(language, token))
                .closing("mail.verify.notYou")
                .send();
    }

    /** The address signed up again for a campaign it is in, and confirmed it before: a way to log in instead. */
    public void alreadyRegistered(
            EmailAddress to, AccountId account, CampaignSummary campaign, Language language, String loginToken) {
        String name = campaign.name(language);
        mail("registration.repeated", to, account, campaign, language)
                .subject("mail.repeated.subject", name)
                .paragraph("mail.repeated.body", name)
                .paragraph("mail.repeated.logIn", TokenPurpose.LOG_IN.lifetime().toMinutes())
                .button("mail.repeated.button", SitePaths.logIn(language) + "/" + loginToken)
                .closing("mail.repeated.notYou")
                .send();
    }

    /** The address signed up again but never confirmed the first time: a fresh confirmation link. */
    public void alreadyRegisteredUnconfirmed(
            EmailAddress to, AccountId account, CampaignSummary campaign, Language language, String verifyToken) {
        String name = campaign.name(language);
        mail("registration.repeated", to, account, campaign, language)
                .subject("mail.repeated.subject", name)
                .paragraph("mail.repeated.body", name)
                .paragraph("mail.repeated.confirm")
                .paragraph("mail.verify.lifetime", verifyLifetimeHours())
                .button("mail.verify.button", LinkPaths.confirmation(language, verifyToken))
                .closing("mail.repeated.notYou")
                .send();
    }

    /** Confirms a withdrawal: who was withdrawn, what happens to the data, and that no reason was needed. */
    public void withdrawn(
            EmailAddress to,
            AccountId account,
            CampaignSummary campaign,
            Language language,
            List<String> names,
            boolean whole) {
        String name = campaign.name(language);
        RegistrationMail mail =
                mail("registration.withdrawn", to, account, campaign, language).subject("mail.withdrawn.subject", name);
        if (whole) {
            mail.paragraph("mail.withdrawn.whole", name);
        } else {
            mail.paragraph("mail.withdrawn.claimants", String.join(", ", names), name);
        }
        mail.paragraph("mail.withdrawn.kept")
                .paragraph("mail.withdrawn.mistake")
                .send();
    }

    /** Tells the parent that a child came of age and can take the file over. */
    public void cameOfAge(
            EmailAddress to, AccountId account, CampaignSummary campaign, Language language, String childName) {
        mail("registration.came-of-age", to, account, campaign, language)
                .subject("mail.cameOfAge.subject", childName)
                .paragraph(
                        "mail.cameOfAge.body",
                        childName,
                        campaign.name(language),
                        campaign.eligibility().majorityAge())
                .paragraph("mail.cameOfAge.how")
                .button("mail.repeated.button", SitePaths.logIn(language))
                .send();
    }

    /** Invites the young adult to take their file over under their own account: there is no account yet. */
    public void handoverInvitation(
            EmailAddress to, CampaignSummary campaign, Language language, String parentName, String token) {
        String name = campaign.name(language);
        new RegistrationMail(outbox, urls, pages.texts(language), "registration.handover", to, campaign, language)
                .subject("mail.handover.subject", name)
                .paragraph("mail.handover.body", parentName, name)
                .paragraph(
                        "mail.handover.lifetime",
                        TokenPurpose.HAND_OVER.lifetime().toDays())
                .button("mail.handover.button", LinkPaths.handover(language, token))
                .closing("mail.handover.notYou")
                .send();
    }

    /** Reminds someone who never confirmed their address, halfway to the day the sign-up is erased. */
    public void unverifiedReminder(
            EmailAddress to,
            AccountId account,
            CampaignSummary campaign,
            Language language,
            String token,
            long daysLeft) {
        mail("registration.reminder", to, account, campaign, language)
                .subject("mail.reminder.subject", campaign.name(language))
                .paragraph("mail.reminder.body", campaign.name(language), daysLeft)
                .paragraph("mail.verify.lifetime", verifyLifetimeHours())
                .button("mail.verify.button", LinkPaths.confirmation(language, token))
                .closing("mail.verify.notYou")
                .send();
    }

    /**
     * Tells the registrant that the class status of one or more of their claimants changed: {@code changes} are the
     * lines "name: status in words", already in {@code language}.
     */
    public void classStatusChanged(
            EmailAddress to, AccountId account, CampaignSummary campaign, Language language, List<String> changes) {
        RegistrationMail mail = mail("registration.class-status", to, account, campaign, language)
                .bulk()
                .subject("mail.classChanged.subject", campaign.name(language))
                .paragraph("mail.classChanged.body", campaign.name(language));
        changes.forEach(mail::paragraphText);
        mail.paragraph("mail.classChanged.more")
                .button("mail.repeated.button", SitePaths.logIn(language))
                .send();
    }

    private RegistrationMail mail(
            String kind, EmailAddress to, AccountId account, CampaignSummary campaign, Language language) {
        Texts texts = pages.texts(language);
        return new RegistrationMail(outbox, urls, texts, kind, to, campaign, language).account(account.value());
    }

    private static long verifyLifetimeHours() {
        return TokenPurpose.VERIFY_REGISTRATION.lifetime().toHours();
    }
}
