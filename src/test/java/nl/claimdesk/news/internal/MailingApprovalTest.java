package nl.claimdesk.news.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import nl.claimdesk.IntegrationTest;
import nl.claimdesk.TestSettings;
import nl.claimdesk.audit.AuditLog;
import nl.claimdesk.campaign.CampaignTimeline;
import nl.claimdesk.campaign.TestCampaign;
import nl.claimdesk.email.Outbox;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.infrastructure.StaffMember;
import nl.claimdesk.news.MailingKind;
import nl.claimdesk.news.Participants;
import nl.claimdesk.shared.StaffRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A mailing to more recipients than the approval limit goes out only after an administrator or an editor other than
 * its composer approved it. The limit is set to one here, so two participants are "many".
 */
@IntegrationTest
class MailingApprovalTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    private NewsTestSupport news;
    private Mailings mailings;
    private TestCampaign campaign;
    private StaffMember composer;

    @BeforeEach
    void aMailingToMoreThanTheLimit() {
        news = new NewsTestSupport(context);
        mailings = new Mailings(
                context.getBean(MailingStore.class),
                context.getBean(Recipients.class),
                context.getBean(NewsMails.class),
                context.getBean(Outbox.class),
                context.getBean(AuditLog.class),
                context.getBean(CampaignTimeline.class),
                context.getBean(Clock.class),
                TestSettings.bind(NewsSettings.class, "claimdesk.news.approval-above=1"));
        campaign = TestCampaign.create(context, "goedkeuring");
        Participants participants = new Participants(jdbc, campaign.id());
        participants.add("Een");
        participants.add("Twee");
        composer = TestStaff.create(jdbc, StaffRole.EDITOR);
    }

    @Test
    void itIsRefusedUntilASecondEditorApprovesAndTheComposerCannotApproveIt() {
        Mailing mailing = news.draft(campaign.id(), composer, MailingKind.NEWS_UPDATE);

        assertThat(mailings.send(composer, null, mailing)).isEqualTo(Mailings.Refusal.NEEDS_APPROVAL);
        assertThat(mailings.approve(composer, null, mailing)).isEqualTo(Mailings.Refusal.OWN_MAILING);
        assertThat(news.mailing(mailing.id()).state()).isEqualTo(MailingState.DRAFT);

        StaffMember colleague = TestStaff.create(jdbc, StaffRole.EDITOR);
        assertThat(mailings.approve(colleague, null, mailing)).isNull();
        assertThat(mailings.send(composer, null, news.mailing(mailing.id()))).isNull();

        Mailing done = news.awaitState(mailing.id(), MailingState.DONE);
        assertThat(done.composedBy().id()).isEqualTo(composer.id());
        assertThat(done.approvedBy().id()).isEqualTo(colleague.id());
        assertThat(done.sentBy().id()).isEqualTo(composer.id());
        assertThat(done.recipientCount()).isEqualTo(2);
    }

    @Test
    void anAdministratorMayApproveAndALegalNoticeSaysInTheAuditLogThatItIgnoresTheNewsPreference() {
        Mailing notice = news.draft(campaign.id(), composer, MailingKind.LEGAL_NOTICE);
        StaffMember admin = TestStaff.create(jdbc, StaffRole.ADMIN);

        assertThat(mailings.approve(admin, null, notice)).isNull();
        assertThat(mailings.send(admin, null, news.mailing(notice.id()))).isNull();

        assertThat(jdbc.sql("select details from audit_entry where action = 'news.sent' and subject_id = ?")
                        .param(notice.id().toString())
                        .query(String.class)
                        .single())
                .contains("2 recipients")
                .contains("legal notice: sent to everyone concerned regardless of their news preference");
    }
}
