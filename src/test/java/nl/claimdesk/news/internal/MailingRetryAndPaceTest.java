package nl.claimdesk.news.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.claimdesk.IntegrationTest;
import nl.claimdesk.MutableClock;
import nl.claimdesk.TestSettings;
import nl.claimdesk.campaign.TestCampaign;
import nl.claimdesk.email.DeliveryNodes;
import nl.claimdesk.email.TestMailServer;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.infrastructure.StaffMember;
import nl.claimdesk.news.MailingKind;
import nl.claimdesk.news.Participants;
import nl.claimdesk.news.Participants.Participant;
import nl.claimdesk.shared.StaffRole;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Time in a mailing, on a clock the test moves: a mail the server refuses for now waits, doubling, while the others
 * go out, and counts as failed after the last attempt; one refused for good counts at once; and the pace on the
 * progress page is that of the last minute.
 */
@IntegrationTest
class MailingRetryAndPaceTest {

    private static final String SETTINGS_FIRST_RETRY = "claimdesk.news.first-retry=1m";
    private static final String SETTINGS_ATTEMPTS = "claimdesk.news.max-attempts=3";

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MailingStore store;

    @Autowired
    NewsMails mails;

    @Autowired
    PlatformTransactionManager transactions;

    private final MutableClock clock =
            new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS), ZoneId.of("Europe/Amsterdam"));
    private NewsTestSupport news;
    private Participants participants;
    private StaffMember editor;
    private Recipients recipients;
    private NewsDelivery delivery;
    private Mailing mailing;

    @BeforeEach
    void aMailingOnTheTestsClock() {
        DeliveryNodes.stopApplicationWorkers(context);
        news = new NewsTestSupport(context);
        TestCampaign campaign = TestCampaign.create(context, "herhaling");
        participants = new Participants(jdbc, campaign.id());
        editor = TestStaff.create(jdbc, StaffRole.EDITOR);
        NewsSettings settings = TestSettings.bind(
                NewsSettings.class, SETTINGS_FIRST_RETRY, SETTINGS_ATTEMPTS, "claimdesk.news.rate-per-second=1000");
        recipients = new Recipients(jdbc, clock, settings);
        delivery = new NewsDelivery(store, recipients, mails, new SendRate(jdbc, transactions, clock, settings), clock);
        mailing = news.draft(campaign.id(), editor, MailingKind.NEWS_UPDATE);
    }

    @AfterEach
    void theApplicationSendsAgain() {
        DeliveryNodes.startApplicationWorkers(context);
    }

    @Test
    void aMailRefusedForNowWaitsDoublingWhileTheOthersGoAndFailsAfterTheLastAttempt() {
        List<Participant> readers = readers(5);
        Participant slow = participants.add("Traag");
        Participant gone = participants.add("Weg");
        start(news.freeze(mailing));
        DeliveryNodes.Node node =
                DeliveryNodes.refusingNode(context, 3, delivery, Set.of(slow.email()), Set.of(gone.email()));

        deliverUntilNothingIsClaimed(node);
        readers.forEach(reader -> assertThat(TestMailServer.awaitMails(reader.email(), 1))
                .as("not held up by the refused mails: %s", reader.email())
                .hasSize(1));
        assertThat(counts()).isEqualTo(List.of(1L, 5L, 1L, 0L));
        assertThat(attemptOf(slow)).isEqualTo(new Attempt(1, now().plusMinutes(1)));
        assertThat(attemptOf(gone)).as("a 5xx is not tried again").isEqualTo(new Attempt(1, (Instant) null));

        clock.advance(Duration.ofSeconds(59));
        assertThat(node.deliverBatch()).as("not before its time").isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(node.deliverBatch()).isEqualTo(1);
        assertThat(attemptOf(slow)).as("the wait doubles").isEqualTo(new Attempt(2, now().plusMinutes(2)));

        clock.advance(Duration.ofMinutes(1));
        assertThat(node.deliverBatch()).isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(node.deliverBatch()).isEqualTo(1);
        assertThat(attemptOf(slow).made()).isEqualTo(3);
        assertThat(counts()).as("given up after the third attempt").isEqualTo(List.of(0L, 5L, 2L, 0L));

        node.deliverBatch();
        Mailing done = news.mailing(mailing.id());
        assertThat(done.state()).isEqualTo(MailingState.DONE);
        assertThat(TestMailServer.mailsTo(slow.email())).isEmpty();
        assertThat(TestMailServer.mailsTo(gone.email())).isEmpty();
    }

    /** The pace is what went out in the last minute, not the average since the start; so is the time still needed. */
    @Test
    void thePaceAndTheTimeStillNeededComeFromTheLastMinute() {
        readers(40);
        start(news.freeze(mailing));

        clock.advance(Duration.ofSeconds(10));
        send(10);
        clock.advance(Duration.ofSeconds(10));
        Progress early = progress();
        assertThat(early.perMinute()).as("20 seconds in: 10 in 20 s").isEqualTo(30);
        assertThat(early.remaining()).isEqualTo(Duration.ofSeconds(60));

        clock.advance(Duration.ofMinutes(5));
        send(6);
        clock.advance(Duration.ofSeconds(30));
        Progress slowed = progress();
        assertThat(slowed.sent()).isEqualTo(16);
        assertThat(slowed.perMinute()).as("only the 6 of the last minute").isEqualTo(6);
        assertThat(slowed.remaining()).as("24 left at 6 a minute").isEqualTo(Duration.ofMinutes(4));

        clock.advance(Duration.ofSeconds(31));
        Progress stalled = progress();
        assertThat(stalled.perMinute()).isZero();
        assertThat(stalled.remaining())
                .as("nothing went out in the last minute")
                .isNull();
    }

    private record Attempt(int made, @Nullable Instant retryAt) {

        Attempt(int made, OffsetDateTime retryAt) {
            this(made, retryAt.toInstant());
        }
    }

    private Attempt attemptOf(Participant participant) {
        return jdbc.sql("select attempts, retry_at from news_recipient where mailing_id = ? and account_id = ?")
                .params(mailing.id(), participant.account())
                .query((rs, row) -> {
                    OffsetDateTime retryAt = rs.getObject("retry_at", OffsetDateTime.class);
                    return new Attempt(rs.getInt("attempts"), retryAt == null ? null : retryAt.toInstant());
                })
                .single();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** Queued, sent, failed, skipped. */
    private List<Long> counts() {
        Progress progress = progress();
        return List.of(progress.queued(), progress.sent(), progress.failed(), progress.skipped());
    }

    private Progress progress() {
        return recipients.progress(news.mailing(mailing.id()));
    }

    private void start(int frozen) {
        store.started(mailing.id(), new Mailing.Person(editor.id(), editor.name()), now(), frozen);
    }

    private void send(int count) {
        List<UUID> accounts = jdbc.sql(
                        "select account_id from news_recipient where mailing_id = ? and state = 0 order by account_id limit ?")
                .params(mailing.id(), count)
                .query(UUID.class)
                .list();
        recipients.mark(mailing.id(), accounts, Recipients.SENT);
    }

    private static void deliverUntilNothingIsClaimed(DeliveryNodes.Node node) {
        int claimed;
        do {
            claimed = node.deliverBatch();
        } while (claimed > 0);
    }

    private List<Participant> readers(int count) {
        List<Participant> readers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            readers.add(participants.add("Lezer"));
        }
        return readers;
    }
}
