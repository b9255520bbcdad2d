package nl.claimdesk.news.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.claimdesk.IntegrationTest;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The delivery of a mailing by the email module's workers: its headers, pause, resume and cancel, a node that stops or
 * dies part-way, two nodes at once, and the shared rate. Most tests stop the application's own delivery threads and
 * drive delivery nodes of their own, so they decide when what is sent.
 */
@IntegrationTest
class MailingDeliveryTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Mailings mailings;

    @Autowired
    NewsMails mails;

    @Value("${spring.datasource.url}")
    String databaseUrl;

    private NewsTestSupport news;
    private TestCampaign campaign;
    private Participants participants;
    private StaffMember editor;

    @BeforeEach
    void aCampaign() {
        news = new NewsTestSupport(context);
        campaign = TestCampaign.create(context, "bezorging");
        participants = new Participants(jdbc, campaign.id());
        editor = TestStaff.create(jdbc, StaffRole.EDITOR);
    }

    @AfterEach
    void theApplicationSendsAgain() {
        DeliveryNodes.startApplicationWorkers(context);
    }

    @Test
    void aNewsMailCarriesOneClickUnsubscribeHeadersAVisibleLinkAndAStableMessageId() throws Exception {
        Participant reader = participants.add("Lezer");
        Mailing mailing = sent(MailingKind.NEWS_UPDATE);
        news.awaitState(mailing.id(), MailingState.DONE);

        MimeMessage received = TestMailServer.awaitMail(reader.email());

        assertThat(received.getHeader("Message-ID")).containsExactly(mails.messageId(mailing.id(), reader.account()));
        assertThat(received.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        String unsubscribe = received.getHeader("List-Unsubscribe")[0];
        assertThat(unsubscribe).matches("<http://localhost:8080/nl/nieuws/afmelden/[A-Za-z0-9_-]+>");
        String link = unsubscribe.substring(1, unsubscribe.length() - 1);
        assertThat(TestMailServer.text(received)).contains(link).contains("Beste Lezer");
    }

    @Test
    void aPausedMailingWaitsAResumedOneGoesOnACancelledOneSkipsWhoeverIsLeft() {
        DeliveryNodes.stopApplicationWorkers(context);
        List<Participant> readers = readers(12);
        Mailing mailing = sent(MailingKind.NEWS_UPDATE);
        DeliveryNodes.Node node = DeliveryNodes.node(context, 5);

        deliverRounds(node, 1);
        assertThat(news.progress(mailing.id()).sent()).isEqualTo(5);

        assertThat(mailings.pause(editor, null, news.mailing(mailing.id()))).isNull();
        deliverRounds(node, 3);
        assertThat(news.progress(mailing.id()).sent())
                .as("nothing goes out while paused")
                .isEqualTo(5);

        assertThat(mailings.resume(editor, null, news.mailing(mailing.id()))).isNull();
        deliverRounds(node, 1);
        assertThat(news.progress(mailing.id()).sent()).isEqualTo(10);

        assertThat(mailings.cancel(editor, null, news.mailing(mailing.id()))).isNull();
        deliverRounds(node, 3);
        Progress progress = news.progress(mailing.id());
        assertThat(List.of(progress.sent(), progress.skipped(), progress.queued()))
                .containsExactly(10L, 2L, 0L);
        assertThat(news.mailing(mailing.id()).state()).isEqualTo(MailingState.CANCELLED);
        assertThat(jdbc.sql("select sent_count, skipped_count from news_mailing where id = ?")
                        .param(mailing.id())
                        .query((rs, row) -> List.of(rs.getInt(1), rs.getInt(2)))
                        .single())
                .as("the final counts are kept with the mailing")
                .containsExactly(10, 2);
        assertThat(readers.stream()
                        .mapToInt(
                                reader -> TestMailServer.mailsTo(reader.email()).size())
                        .sum())
                .isEqualTo(10);
    }

    @Test
    void aNodeStoppedPartWayLeavesTheRestToTheNextAndEveryRecipientGetsItOnce() {
        DeliveryNodes.stopApplicationWorkers(context);
        List<Participant> readers = readers(20);
        Mailing mailing = sent(MailingKind.NEWS_UPDATE);

        deliverRounds(DeliveryNodes.node(context, 5), 2);
        assertThat(news.progress(mailing.id()).sent()).isEqualTo(10);
        DeliveryNodes.startApplicationWorkers(context);
        news.awaitState(mailing.id(), MailingState.DONE);

        assertThat(news.progress(mailing.id()).sent()).isEqualTo(20);
        readers.forEach(reader -> assertThat(TestMailServer.awaitMails(reader.email(), 1))
                .as(reader.email())
                .hasSize(1));
    }

    /**
     * The one case in which a recipient gets the mail twice: the node dies after the mail server accepted the batch
     * and before the database recorded it. The next node sends that batch again, under the same Message-ID.
     */
    @Test
    void aNodeThatDiesAfterHandingOverABatchRepeatsOnlyThatBatchUnderTheSameMessageIds() {
        DeliveryNodes.stopApplicationWorkers(context);
        List<Participant> readers = readers(15);
        Mailing mailing = sent(MailingKind.NEWS_UPDATE);

        assertThatThrownBy(() -> DeliveryNodes.crashingNode(context, 5).deliverBatch())
                .isInstanceOf(DeliveryNodes.NodeDied.class);
        assertThat(news.progress(mailing.id()).queued())
                .as("the database never knew")
                .isEqualTo(15);
        DeliveryNodes.startApplicationWorkers(context);
        news.awaitState(mailing.id(), MailingState.DONE);

        List<Integer> counts = new ArrayList<>();
        for (Participant reader : readers) {
            List<MimeMessage> received = TestMailServer.awaitMails(reader.email(), 1);
            counts.add(received.size());
            assertThat(received.stream().map(MailingDeliveryTest::messageId).distinct())
                    .as("every copy to %s has the same Message-ID", reader.email())
                    .containsExactly(mails.messageId(mailing.id(), reader.account()));
        }
        assertThat(counts.stream().filter(count -> count == 2)).hasSize(5);
        assertThat(counts.stream().filter(count -> count == 1)).hasSize(10);
        assertThat(news.progress(mailing.id()).sent()).isEqualTo(15);
    }

    /** Two nodes claiming at the same time never send one recipient's mail twice (PostgreSQL: SKIP LOCKED). */
    @Test
    void twoNodesSendingAtOnceReachEveryRecipientOnce() throws Exception {
        Assumptions.assumeTrue(
                databaseUrl.startsWith("jdbc:postgresql:"),
                "on H2 a second worker finds nothing while a batch is out (LIMIT before SKIP LOCKED); runs on PostgreSQL");
        DeliveryNodes.stopApplicationWorkers(context);
        List<Participant> readers = readers(40);
        Mailing mailing = sent(MailingKind.NEWS_UPDATE);
        List<DeliveryNodes.Node> nodes = List.of(DeliveryNodes.node(context, 5), DeliveryNodes.node(context, 5));

        try (ExecutorService pool = Executors.newFixedThreadPool(nodes.size())) {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> running = new ArrayList<>();
            for (DeliveryNodes.Node node : nodes) {
                running.add(pool.submit(() -> {
                    go.await();
                    while (news.progress(mailing.id()).queued() > 0) {
                        node.deliverBatch();
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> done : running) {
                done.get();
            }
        }

        readers.forEach(reader -> assertThat(TestMailServer.awaitMails(reader.email(), 1))
                .as(reader.email())
                .hasSize(1));
    }

    /** Two nodes drawing from the installation's rate at once get, together, no more than the rate allows. */
    @Test
    void theRateIsSharedByEveryNode() throws Exception {
        NewsSettings tenPerSecond = TestSettings.bind(NewsSettings.class, "claimdesk.news.rate-per-second=10");
        PlatformTransactionManager transactions = context.getBean(PlatformTransactionManager.class);
        Clock clock = context.getBean(Clock.class);
        List<SendRate> nodes = List.of(
                new SendRate(jdbc, transactions, clock, tenPerSecond),
                new SendRate(jdbc, transactions, clock, tenPerSecond));
        nodes.getFirst().take(1_000);

        long started = System.nanoTime();
        List<Integer> granted;
        try (ExecutorService pool = Executors.newFixedThreadPool(nodes.size())) {
            List<Future<Integer>> running = new ArrayList<>();
            for (SendRate node : nodes) {
                running.add(pool.submit(() -> {
                    int taken = 0;
                    while (System.nanoTime() - started < 2_000_000_000L) {
                        taken += node.take(5);
                        Thread.sleep(20);
                    }
                    return taken;
                }));
            }
            granted = new ArrayList<>();
            for (Future<Integer> done : running) {
                granted.add(done.get());
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        int total = granted.stream().mapToInt(Integer::intValue).sum();
        assertThat(total).as("granted %s in %.2f s", granted, seconds).isBetween(15, (int) Math.ceil(10 * seconds) + 1);
        assertThat(granted).allSatisfy(taken -> assertThat(taken).isPositive());
    }

    private Mailing sent(MailingKind kind) {
        Mailing mailing = news.draft(campaign.id(), editor, kind);
        assertThat(mailings.send(editor, null, mailing)).isNull();
        return news.mailing(mailing.id());
    }

    private List<Participant> readers(int count) {
        List<Participant> readers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            readers.add(participants.add("Lezer"));
        }
        return readers;
    }

    private static void deliverRounds(DeliveryNodes.Node node, int rounds) {
        for (int round = 0; round < rounds; round++) {
            node.deliverBatch();
        }
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getHeader("Message-ID")[0];
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
