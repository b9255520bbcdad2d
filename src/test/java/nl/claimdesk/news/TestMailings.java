package nl.claimdesk.news;

import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import nl.claimdesk.campaign.CampaignId;
import nl.claimdesk.infrastructure.StaffMember;
import nl.claimdesk.news.internal.Audience;
import nl.claimdesk.news.internal.Mailing;
import nl.claimdesk.news.internal.MailingStore;
import nl.claimdesk.news.internal.Mailings;
import nl.claimdesk.registration.RegistrationKind;
import nl.claimdesk.shared.Language;
import org.springframework.context.ApplicationContext;

/** Mailings composed the way an editor does, for tests of other packages that need one. */
public final class TestMailings {

    private TestMailings() {}

    /** A draft to every confirmed registration of the campaign, in both languages. */
    public static UUID draft(ApplicationContext context, CampaignId campaign, StaffMember editor, MailingKind kind) {
        return context.getBean(Mailings.class)
                .compose(
                        editor,
                        null,
                        new Mailings.Draft(
                                campaign,
                                kind,
                                Map.of(
                                        Language.NL,
                                        new Mailing.Text("Nieuws over de zaak", "De rechter heeft **beslist**."),
                                        Language.EN,
                                        new Mailing.Text("News about the case", "The court has **ruled**.")),
                                null,
                                false,
                                new Audience(
                                        EnumSet.allOf(RegistrationKind.class), false, EnumSet.allOf(Language.class))));
    }

    /** A draft as {@link #draft}, sent at once: its recipients are frozen and the workers deliver it. */
    public static UUID sent(ApplicationContext context, CampaignId campaign, StaffMember editor, MailingKind kind) {
        UUID id = draft(context, campaign, editor, kind);
        Mailings.Refusal refusal = context.getBean(Mailings.class)
                .send(editor, null, context.getBean(MailingStore.class).find(id).orElseThrow());
        if (refusal != null) {
            throw new IllegalStateException("the mailing was not sent: " + refusal);
        }
        return id;
    }
}
