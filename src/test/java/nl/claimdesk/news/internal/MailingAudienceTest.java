package nl.claimdesk.news.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.claimdesk.Ages;
import nl.claimdesk.IntegrationTest;
import nl.claimdesk.campaign.TestCampaign;
import nl.claimdesk.email.MailPreferences;
import nl.claimdesk.email.QueuedMails;
import nl.claimdesk.email.TestMailServer;
import nl.claimdesk.email.UndeliverableAddresses;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.infrastructure.StaffMember;
import nl.claimdesk.news.MailingKind;
import nl.claimdesk.news.Participants;
import nl.claimdesk.news.Participants.Participant;
import nl.claimdesk.registration.RegistrationKind;
import nl.claimdesk.shared.Language;
import nl.claimdesk.shared.StaffRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who a mailing reaches. Withdrawn registrations, erased accounts and undeliverable addresses never receive anything;
 * a news update also skips whoever turned news off, a legal notice does not. The list is frozen when the mailing is
 * sent: a later sign-up does not receive it, a later withdrawal is skipped if its mail had not gone yet.
 */
@IntegrationTest
class MailingAudienceTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Mailings mailings;

    @Autowired
    Clock clock;

    @Autowired
    Recipients recipients;

    @Autowired
    NewsSettings settings;

    @Autowired
    MailPreferences preferences;

    @Autowired
    UndeliverableAddresses undeliverable;

    private NewsTestSupport news;
    private TestCampaign campaign;
    private Participants participants;
    private StaffMember editor;
    private Participant reader;
    private Participant withdrawn;
    private Participant erased;
    private Participant newsOff;
    private Participant bounced;
    private Participant unconfirmed;

    @BeforeEach
    void aCampaignWithParticipantsInEveryState() {
        news = new NewsTestSupport(context);
        campaign = TestCampaign.create(context, "nieuws");
        participants = new Participants(jdbc, campaign.id());
        editor = TestStaff.create(jdbc, StaffRole.EDITOR);
        reader = participants.add("Lezer");
        withdrawn = participants.add("Ingetrokken");
        participants.withdraw(withdrawn);
        erased = participants.add("Gewist");
        participants.erase(erased);
        newsOff = participants.add("Afgemeld");
        preferences.setNews(newsOff.account(), false);
        bounced = participants.add("Onbestelbaar");
        undeliverable.mark(bounced.email(), UndeliverableAddresses.Source.SMTP, "550 no such user");
        unconfirmed = participants.add("Onbevestigd", RegistrationKind.CHILDREN, Language.NL, false);
    }

    @Test
    void aNewsUpdateReachesOnlyConfirmedActiveParticipantsWhoWantNewsAtADeliverableAddress() throws Exception {
        Mailing mailing = news.draft(campaign.id(), editor, MailingKind.NEWS_UPDATE);

        assertThat(recipients.count(mailing)).isOne();
        assertThat(mailings.send(editor, null, mailing)).isNull();
        news.awaitState(mailing.id(), MailingState.DONE);

        MimeMessage received = TestMailServer.awaitMail(reader.email());
        assertThat(received.getSubject()).isEqualTo("Nieuws over de zaak");
        assertNothingFor(withdrawn, erased, newsOff, bounced, unconfirmed);
        assertThat(news.mailing(mailing.id()).recipientCount()).isOne();
    }

    @Test
    void aLegalNoticeAlsoReachesWhoeverTurnedNewsOffButNeverTheWithdrawnErasedOrUndeliverable() throws Exception {
        Mailing notice = news.draft(campaign.id(), editor, MailingKind.LEGAL_NOTICE);

        assertThat(recipients.count(notice)).isEqualTo(2);
        assertThat(mailings.send(editor, null, notice)).isNull();
        news.awaitState(notice.id(), MailingState.DONE);

        MimeMessage toNewsOff = TestMailServer.awaitMail(newsOff.email());
        assertThat(TestMailServer.awaitMails(reader.email(), 1)).hasSize(1);
        assertThat(toNewsOff.getHeader("List-Unsubscribe"))
                .as("a legal notice has no unsubscribe")
                .isNull();
        assertThat(TestMailServer.text(toNewsOff)).contains("niet voor afmelden");
        assertNothingFor(withdrawn, erased, bounced, unconfirmed);
    }

    @Test
    void theAudienceIsChosenByKindLanguageAndCompletedParticipation() {
        Participant youngAdult = participants.add("Jong", RegistrationKind.SELF, Language.EN, true);
        Participant supporter = participants.add("Steun", RegistrationKind.SUPPORTER, Language.NL, true);
        Participant complete = participants.add("Rond");
        jdbc.sql("""
                        insert into claimant (id, registration_id, position, kind, first_name, last_name, date_of_birth,
                            use_started_year, parental_authority_declared, status, identity_key, created_at,
                            registration_created_at, participation_completed_at)
                        values (?, ?, 1, 'CHILD', 'Kind', 'Tester', ?, 2019, true, 'REGISTERED', ?, ?, ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        complete.registration(),
                        Ages.childBornYearsAgo(clock, 14).date(),
                        "kind-" + UUID.randomUUID(),
                        OffsetDateTime.now(clock),
                        OffsetDateTime.now(clock),
                        OffsetDateTime.now(clock))
                .update();

        assertThat(count(EnumSet.of(RegistrationKind.SELF), false, EnumSet.allOf(Language.class)))
                .isOne();
        assertThat(count(EnumSet.of(RegistrationKind.SUPPORTER), false, EnumSet.allOf(Language.class)))
                .isOne();
        assertThat(count(EnumSet.allOf(RegistrationKind.class), false, EnumSet.of(Language.EN)))
                .as("only %s writes in English", youngAdult.email())
                .isOne();
        assertThat(count(EnumSet.allOf(RegistrationKind.class), true, EnumSet.allOf(Language.class)))
                .as("only %s accepted an agreement", complete.email())
                .isOne();
        assertThat(count(EnumSet.of(RegistrationKind.CHILDREN), false, EnumSet.of(Language.NL)))
                .as("%s and %s", reader.email(), complete.email())
                .isEqualTo(2);
    }

    @Test
    void theListIsFrozenWhenTheMailingIsSent() {
        Participant leaving = participants.add("Vertrekt");
        Mailing mailing = news.draft(campaign.id(), editor, MailingKind.NEWS_UPDATE);
        int frozen = news.freeze(mailing);
        Participant latecomer = participants.add("Laatkomer");
        participants.withdraw(leaving);

        news.release(mailing, editor, frozen);
        news.awaitState(mailing.id(), MailingState.DONE);

        assertThat(frozen).isEqualTo(2);
        assertThat(TestMailServer.awaitMails(reader.email(), 1)).hasSize(1);
        assertNothingFor(latecomer, leaving);
        Progress progress = news.progress(mailing.id());
        assertThat(List.of(progress.total(), progress.sent(), progress.skipped(), progress.queued()))
                .containsExactly(2L, 1L, 1L, 0L);
        assertThat(recipients.receivedBy(latecomer.account())).isEmpty();
        assertThat(recipients.receivedBy(reader.account()))
                .extracting(Recipients.Received::mailing)
                .containsExactly(mailing.id());
    }

    @Test
    void aListLongerThanOneBatchIsFrozenWholeEachRecipientOnce() {
        List<Participant> more =
                List.of(participants.add("Tweede"), participants.add("Derde"), participants.add("Vierde"));
        Recipients inBatchesOfTwo = new Recipients(jdbc, clock, settings, 2);
        Mailing mailing = news.draft(campaign.id(), editor, MailingKind.NEWS_UPDATE);

        int frozen = inBatchesOfTwo.freeze(mailing);

        List<UUID> expected = new ArrayList<>(List.of(reader.account()));
        more.forEach(participant -> expected.add(participant.account()));
        assertThat(frozen).isEqualTo(4);
        assertThat(jdbc.sql("select account_id from news_recipient where mailing_id = ?")
                        .param(mailing.id())
                        .query(UUID.class)
                        .list())
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    private long count(EnumSet<RegistrationKind> kinds, boolean completeOnly, EnumSet<Language> languages) {
        UUID id = mailings.compose(
                editor,
                null,
                new Mailings.Draft(
                        campaign.id(),
                        MailingKind.NEWS_UPDATE,
                        Map.of(
                                Language.NL, new Mailing.Text("Onderwerp", "Tekst"),
                                Language.EN, new Mailing.Text("Subject", "Text")),
                        null,
                        false,
                        new Audience(kinds, completeOnly, languages)));
        return recipients.count(news.mailing(id));
    }

    private void assertNothingFor(Participant... nobody) {
        new QueuedMails(jdbc).awaitDrained();
        for (Participant participant : nobody) {
            assertThat(TestMailServer.mailsTo(participant.email()))
                    .as("mails to %s", participant.email())
                    .isEmpty();
        }
    }
}
