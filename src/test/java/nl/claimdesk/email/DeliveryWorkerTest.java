package nl.claimdesk.email;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.claimdesk.IntegrationTest;
import nl.claimdesk.MutableClock;
import nl.claimdesk.TestSettings;
import nl.claimdesk.TestToday;
import nl.claimdesk.Unique;
import nl.claimdesk.infrastructure.SiteSecrets;
import nl.claimdesk.shared.EmailAddress;
import nl.claimdesk.shared.Language;
import nl.claimdesk.web.SiteUrls;
import org.awaitility.Awaitility;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox delivery. The application's own worker runs in the background of every test context, on today's
 * clock; most tests here queue their mail for tomorrow and deliver it with workers of their own on tomorrow's clock,
 * so they decide who sends what. Mail of other tests that happens to be due is sent along, as a real node would.
 */
@IntegrationTest
class DeliveryWorkerTest {

    private static final int MAX_ATTEMPTS = 3;
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MailTransport smtp;

    @Autowired
    MailRenderer renderer;

    @Autowired
    SiteUrls urls;

    @Autowired
    Outbox outbox;

    @Autowired
    MeterRegistry meters;

    @Autowired
    UndeliverableAddresses undeliverable;

    @Autowired
    SiteSecrets secrets;

    @Value("${spring.datasource.url}")
    String databaseUrl;

    private final MutableClock tomorrow = new MutableClock(
            TestToday.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS), ZoneId.of("Europe/Amsterdam"));

    /**
     * Two nodes, each delivering on one thread, started together: both hold a batch at the same moment (the shared
     * transport holds the first batch until the second one is handed over), and yet every mail reaches the mail server
     * once.
     */
    @Test
    void twoWorkersDeliveringAtOnceSendEachMailExactlyOnce() throws Exception {
        assumeWorkersCanRace();
        SideBySideTransport transport = new SideBySideTransport(smtp);
        List<DeliveryWorker> nodes = List.of(worker(transport, 5), worker(transport, 5));
        Queued queued = queueForTomorrow(nodes.getFirst(), "bulk", 30, MailPriority.BULK);

        try (ExecutorService pool = Executors.newFixedThreadPool(nodes.size())) {
            CountDownLatch ready = new CountDownLatch(nodes.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> running = new ArrayList<>();
            for (DeliveryWorker node : nodes) {
                running.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    while (node.deliverBatch() > 0) {
                        // until this node finds nothing left to claim
                    }
                    return null;
                }));
            }
            ready.await();
            go.countDown();
            for (Future<?> done : running) {
                done.get();
            }
        }

        assertThat(transport.sideBySide())
                .as("the other node handed over a batch while the first one was out")
                .isTrue();
        assertSentExactlyOnce(queued);
    }

    /** The delivery threads of one node send batches side by side, and every mail reaches the mail server once. */
    @Test
    void theDeliveryThreadsOfOneNodeSendEachMailExactlyOnce() {
        assumeWorkersCanRace();
        SideBySideTransport transport = new SideBySideTransport(smtp);
        DeliveryWorker node = runningWorker(transport, 5, 3);
        Queued queued = queueForTomorrow(node, "threads", 30, MailPriority.TRANSACTIONAL);

        deliverOnItsThreads(node, queued);

        assertThat(transport.sideBySide())
                .as("a second batch went out while the first was out")
                .isTrue();
        assertSentExactlyOnce(queued);
    }

    /**
     * H2 applies the LIMIT before skipping locked rows: there, a second worker finds nothing while a batch is out, so
     * nothing would race and "exactly once" would hold trivially. These tests run on PostgreSQL, as CI does.
     */
    private void assumeWorkersCanRace() {
        Assumptions.assumeTrue(
                databaseUrl.startsWith("jdbc:postgresql:"),
                "on H2 a second delivery worker finds nothing while a batch is out (LIMIT before SKIP LOCKED), so "
                        + "nothing races; runs on PostgreSQL (-Ppostgres)");
    }

    @Test
    void transactionalMailIsClaimedBeforeBulkMailThatWasQueuedEarlier() {
        RecordingTransport transport = new RecordingTransport(smtp);
        DeliveryWorker worker = worker(transport, 1);
        Outbox queue = outboxOfTomorrow(worker);
        UUID news = queue.enqueue(mail(Unique.email("news"), MailPriority.BULK));
        tomorrow.advance(Duration.ofMinutes(1));
        UUID verification = queue.enqueue(mail(Unique.email("verify"), MailPriority.TRANSACTIONAL));

        for (int batch = 0; batch < 1000 && !transport.sent(news); batch++) {
            worker.deliverBatch();
        }

        assertThat(transport.order()).containsSubsequence(verification, news);
    }

    /**
     * A mailing being sent (bulk mail from a {@link BulkMailSource}) goes out only in rounds when no outbox mail is
     * due: a verification mail queued while it runs goes in the very next rounds, before any further bulk mail.
     */
    @Test
    void transactionalMailOvertakesAMailingThatIsBeingSent() {
        RecordingTransport transport = new RecordingTransport(smtp);
        EndlessMailing mailing = new EndlessMailing();
        DeliveryWorker worker = new DeliveryWorker(
                jdbc,
                transactions,
                transport,
                undeliverable,
                renderer,
                List.of(mailing),
                tomorrow,
                meters,
                TestSettings.bind(EmailSettings.class, "claimdesk.mail.batch-size=5"));
        deliverAllDue(worker, () -> mailing.settled() > 0);
        int bulkBefore = mailing.settled();

        UUID verification = outboxOfTomorrow(worker).enqueue(mail(Unique.email("verify"), MailPriority.TRANSACTIONAL));
        for (int round = 0; round < 1000 && !transport.sent(verification); round++) {
            worker.deliverBatch();
        }

        assertThat(transport.sent(verification)).isTrue();
        assertThat(mailing.settled())
                .as("no bulk mail went while outbox mail was due")
                .isEqualTo(bulkBefore);
        worker.deliverBatch();
        assertThat(mailing.settled())
                .as("the mailing goes on once the outbox is empty")
                .isGreaterThan(bulkBefore);
    }

    private static void deliverAllDue(DeliveryWorker worker, java.util.function.BooleanSupplier until) {
        for (int round = 0; round < 1000 && !until.getAsBoolean(); round++) {
            worker.deliverBatch();
        }
    }

    /** A mailing that never runs out of recipients; counts the mails the worker reported back. */
    private static final class EndlessMailing implements BulkMailSource {

        private final AtomicInteger settled = new AtomicInteger();

        @Override
        public List<BulkMail> claim(int max) {
            List<BulkMail> mails = new ArrayList<>();
            for (int i = 0; i < max; i++) {
                String to = Unique.email("bulk");
                mails.add(new BulkMail(
                        "<" + UUID.randomUUID() + "@localhost>",
                        EmailAddress.parse(to).orElseThrow(),
                        Language.NL,
                        "Nieuws",
                        "Hallo,",
                        nl.claimdesk.shared.Markdown.toHtml("Nieuws."),
                        "Nieuws.",
                        List.of(),
                        null,
                        new OutgoingMail.Footer("Claimdesk", "http://localhost:8080/nl")));
            }
            return mails;
        }

        @Override
        public void settle(List<BulkMail> sent, Map<String, BulkMailSource.Refusal> failed) {
            settled.addAndGet(sent.size() + failed.size());
        }

        int settled() {
            return settled.get();
        }
    }

    @Test
    void theMailCarriesTheMessageIdOfItsRowAndTheBodiesAreClearedOnceSent() throws Exception {
        String recipient = Unique.email("message-id");
        UUID row = transactions.execute(status -> outbox.enqueue(mail(recipient, MailPriority.TRANSACTIONAL)));
        String messageId = jdbc.sql("select message_id from outbox where id = ?")
                .param(row)
                .query(String.class)
                .single();

        MimeMessage received = TestMailServer.awaitMail(recipient);

        assertThat(received.getHeader("Message-ID")).containsExactly(messageId);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !row(row).pending());
        assertThat(bodies(row)).containsOnlyNulls();
    }

    @Test
    void aBatchMarksItsSentMailsAndClearsTheirAttachmentsButKeepsARefusedMailWithItsAttachment() {
        RecordingTransport transport = new RecordingTransport(smtp);
        DeliveryWorker worker = worker(transport, 50);
        Outbox queue = outboxOfTomorrow(worker);
        UUID plain = queue.enqueue(mail(Unique.email("plain"), MailPriority.TRANSACTIONAL));
        UUID attached = queue.enqueue(withAttachment(mail(Unique.email("attached"), MailPriority.TRANSACTIONAL)));
        UUID refused = queue.enqueue(withAttachment(mail(Unique.email("refused"), MailPriority.TRANSACTIONAL)));
        transport.refuse(refused, "451 4.3.0 try again later");

        deliverAllDue(worker);

        assertThat(List.of(plain, attached)).allSatisfy(sent -> {
            assertThat(row(sent)).isEqualTo(new OutboxRow(false, 1, null, true));
            assertThat(bodies(sent)).containsOnlyNulls();
        });
        assertThat(attachments(attached)).isZero();
        assertThat(row(refused)).isEqualTo(new OutboxRow(true, 1, "451 4.3.0 try again later", false));
        assertThat(bodies(refused)).doesNotContainNull();
        assertThat(attachments(refused)).isOne();
    }

    @Test
    void aFailedMailIsRetriedWithGrowingPausesAndGivenUpAfterTheLastAttempt() {
        RecordingTransport transport = new RecordingTransport(smtp);
        DeliveryWorker worker = worker(transport, 50);
        UUID refused = outboxOfTomorrow(worker).enqueue(mail(Unique.email("refused"), MailPriority.TRANSACTIONAL));
        transport.refuse(refused, "451 4.3.0 try again later");

        deliverAllDue(worker);
        assertThat(row(refused)).isEqualTo(new OutboxRow(true, 1, "451 4.3.0 try again later", false));
        tomorrow.advance(FIRST_RETRY.minusMillis(1));
        deliverAllDue(worker);
        assertThat(row(refused).attempts())
                .as("not retried before the pause is over")
                .isEqualTo(1);

        tomorrow.advance(Duration.ofMillis(1));
        deliverAllDue(worker);
        assertThat(row(refused).attempts()).isEqualTo(2);
        tomorrow.advance(FIRST_RETRY.multipliedBy(2).minusMillis(1));
        deliverAllDue(worker);
        assertThat(row(refused).attempts())
                .as("the second pause is twice as long")
                .isEqualTo(2);

        tomorrow.advance(Duration.ofMillis(1));
        deliverAllDue(worker);
        assertThat(row(refused)).isEqualTo(new OutboxRow(false, MAX_ATTEMPTS, "451 4.3.0 try again later", false));
        assertThat(failedAt(refused)).isNotNull();
        assertThat(bodies(refused)).containsOnlyNulls();
    }

    /**
     * Over a real SMTP conversation: a 550 5.1.1 to the recipient marks the address and gives the mail up at once, a
     * 451 (greylisting) leaves the address alone and tries again after the pause, a 554 to the message gives that mail
     * up without blaming the address, and a 554 5.7.1 "relay access denied" to the recipient blames nobody and is
     * tried again.
     */
    @Test
    void aPermanentRefusalOfTheRecipientMarksTheAddressAndEndsTheRetriesWhileATemporaryOneRetries() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer()) {
            DeliveryWorker worker = worker(scriptedTransport(server, ""), 50);
            Outbox queue = outboxOfTomorrow(worker);
            String refusedAddress = Unique.email("refused");
            String busyAddress = Unique.email("busy");
            String spamAddress = Unique.email("spam");
            String relayAddress = Unique.email("relay");
            UUID refused = queue.enqueue(mail(refusedAddress, MailPriority.TRANSACTIONAL));
            UUID busy = queue.enqueue(mail(busyAddress, MailPriority.TRANSACTIONAL));
            UUID spam = queue.enqueue(mail(spamAddress, MailPriority.TRANSACTIONAL));
            UUID relay = queue.enqueue(mail(relayAddress, MailPriority.TRANSACTIONAL));

            deliverAllDue(worker);

            assertThat(row(refused).pending()).as("a 550 is not tried again").isFalse();
            assertThat(failedAt(refused)).isNotNull();
            assertThat(undeliverable.find(refusedAddress)).hasValueSatisfying(mark -> {
                assertThat(mark.source()).isEqualTo(UndeliverableAddresses.Source.SMTP);
                assertThat(mark.reason()).startsWith("550 5.1.1").contains("User unknown");
            });
            assertThat(row(busy)).isEqualTo(new OutboxRow(true, 1, row(busy).lastError(), false));
            assertThat(row(busy).lastError()).startsWith("451 4.7.1");
            assertThat(undeliverable.isUndeliverable(busyAddress)).isFalse();
            assertThat(row(spam).pending()).isFalse();
            assertThat(row(spam).lastError()).startsWith("554 5.7.1");
            assertThat(undeliverable.isUndeliverable(spamAddress))
                    .as("a refused message says nothing about the address")
                    .isFalse();
            assertThat(row(relay).pending())
                    .as("a relay that refuses us is our problem: tried again")
                    .isTrue();
            assertThat(row(relay).lastError()).startsWith("554 5.7.1");
            assertThat(undeliverable.isUndeliverable(relayAddress)).isFalse();

            tomorrow.advance(FIRST_RETRY);
            deliverAllDue(worker);
            assertThat(row(busy).attempts())
                    .as("the greylisted mail is tried again")
                    .isEqualTo(2);
            assertThat(row(refused).attempts()).isEqualTo(1);
        }
    }

    /** A person asking for a login link deserves the attempt, even at an address that bounced before. */
    @Test
    void transactionalMailToAnUndeliverableAddressIsStillSent() {
        String recipient = Unique.email("bounced-before");
        undeliverable.mark(recipient, UndeliverableAddresses.Source.BOUNCE, "5.1.1 mailbox unknown");
        RecordingTransport transport = new RecordingTransport(smtp);
        DeliveryWorker worker = worker(transport, 50);
        UUID row = outboxOfTomorrow(worker).enqueue(mail(recipient, MailPriority.TRANSACTIONAL));

        deliverAllDue(worker);

        assertThat(row(row).sent()).isTrue();
        TestMailServer.awaitMail(recipient);
    }

    /** With a return path, the envelope sender names the outbox row under a signature that only we can make. */
    @Test
    void theEnvelopeSenderNamesTheMailWhenAReturnPathIsSet() throws Exception {
        ReturnPath returnPath = new ReturnPath(
                TestSettings.bind(EmailSettings.class, "claimdesk.mail.return-path=bounces@claimdesk.test"), secrets);
        try (ScriptedSmtpServer server = new ScriptedSmtpServer()) {
            DeliveryWorker worker = worker(scriptedTransport(server, "bounces@claimdesk.test"), 50);
            String recipient = Unique.email("verp");
            UUID row = outboxOfTomorrow(worker).enqueue(mail(recipient, MailPriority.BULK));

            deliverAllDue(worker);

            String envelopeSender = server.envelopeSenderOf(recipient);
            assertThat(envelopeSender).matches("bounces\\+[0-9a-f]{48}@claimdesk\\.test");
            assertThat(returnPath.mailOf(envelopeSender)).contains(row);
            String forged = envelopeSender.replaceFirst(".@", (envelopeSender.contains("0@") ? "1" : "0") + "@");
            assertThat(returnPath.mailOf(forged))
                    .as("a changed token is not ours")
                    .isEmpty();
        }
    }

    private SmtpTransport scriptedTransport(ScriptedSmtpServer server, String returnPath) throws Exception {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(server.port());
        sender.setProtocol("smtp");
        return new SmtpTransport(
                sender,
                new InternetAddress("Claimdesk <noreply@claimdesk.test>"),
                new ReturnPath(
                        TestSettings.bind(EmailSettings.class, "claimdesk.mail.return-path=" + returnPath), secrets),
                tomorrow);
    }

    @Test
    void thePauseBeforeARetryDoublesUpToAnHour() {
        Duration first = Duration.ofSeconds(30);

        assertThat(Backoff.after(first, 1)).isEqualTo(first);
        assertThat(Backoff.after(first, 2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(Backoff.after(first, 4)).isEqualTo(Duration.ofMinutes(4));
        assertThat(Backoff.after(first, 8)).isEqualTo(Duration.ofHours(1));
        assertThat(Backoff.after(first, 60)).isEqualTo(Duration.ofHours(1));
    }

    /** Mails to {@code count} new addresses, queued for tomorrow through {@code node}'s outbox. */
    private Queued queueForTomorrow(DeliveryWorker node, String name, int count, MailPriority priority) {
        Outbox queue = outboxOfTomorrow(node);
        List<String> recipients = new ArrayList<>();
        List<UUID> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String recipient = Unique.email(name + "-" + i);
            recipients.add(recipient);
            rows.add(queue.enqueue(mail(recipient, priority)));
        }
        return new Queued(rows, recipients);
    }

    private void deliverOnItsThreads(DeliveryWorker node, Queued queued) {
        node.start();
        try {
            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> queued.rows().stream().noneMatch(row -> row(row).pending()));
        } finally {
            node.stop();
        }
    }

    private void assertSentExactlyOnce(Queued queued) {
        assertThat(queued.rows()).allSatisfy(row -> {
            OutboxRow sent = row(row);
            assertThat(sent.pending()).isFalse();
            assertThat(sent.sent()).isTrue();
            assertThat(sent.attempts()).as("claimed and sent once").isEqualTo(1);
        });
        queued.recipients().forEach(TestMailServer::awaitMail);
        assertThat(queued.recipients())
                .allSatisfy(recipient -> assertThat(TestMailServer.mailsTo(recipient))
                        .as("mails to %s", recipient)
                        .hasSize(1));
    }

    private static void deliverAllDue(DeliveryWorker worker) {
        while (worker.deliverBatch() == 50) {
            // a full batch: there may be more
        }
    }

    /** A worker whose rounds the test runs itself. */
    private DeliveryWorker worker(MailTransport transport, int batchSize) {
        return runningWorker(transport, batchSize, 1);
    }

    /** A worker that delivers on threads of its own once started, as the application's does. */
    private DeliveryWorker runningWorker(MailTransport transport, int batchSize, int threads) {
        return new DeliveryWorker(
                jdbc,
                transactions,
                transport,
                undeliverable,
                renderer,
                List.of(),
                tomorrow,
                meters,
                TestSettings.bind(
                        EmailSettings.class,
                        "claimdesk.mail.batch-size=" + batchSize,
                        "claimdesk.mail.workers=" + threads,
                        "claimdesk.mail.max-attempts=" + MAX_ATTEMPTS,
                        "claimdesk.mail.idle-poll=200ms",
                        "claimdesk.mail.first-retry=" + FIRST_RETRY));
    }

    /** An outbox that queues mail on tomorrow's clock: due for the workers of this test, not for the application's. */
    private Outbox outboxOfTomorrow(DeliveryWorker worker) {
        return new Outbox(jdbc, renderer, worker, urls, tomorrow);
    }

    private static OutgoingMail mail(String to, MailPriority priority) {
        return new OutgoingMail(
                "test.delivery",
                priority,
                EmailAddress.parse(to).orElseThrow(),
                null,
                Language.NL,
                "Bericht voor " + to,
                "Hallo,",
                List.of("Dit is een test."),
                null,
                List.of("Groet"),
                new OutgoingMail.Footer("Claimdesk", "http://localhost:8080/nl"));
    }

    private static OutgoingMail withAttachment(OutgoingMail mail) {
        return new OutgoingMail(
                mail.kind(),
                mail.priority(),
                mail.to(),
                mail.accountId(),
                mail.language(),
                mail.subject(),
                mail.greeting(),
                mail.paragraphs(),
                mail.button(),
                mail.closing(),
                mail.footer(),
                List.of(new OutgoingMail.Attachment("brief.pdf", "application/pdf", new byte[] {1, 2, 3})));
    }

    private int attachments(UUID id) {
        return jdbc.sql("select count(*) from outbox_attachment where outbox_id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }

    private OutboxRow row(UUID id) {
        return jdbc.sql("select pending, attempts, last_error, sent_at from outbox where id = ?")
                .param(id)
                .query((rs, row) -> new OutboxRow(
                        rs.getBoolean("pending"),
                        rs.getInt("attempts"),
                        rs.getString("last_error"),
                        rs.getObject("sent_at") != null))
                .single();
    }

    private List<@Nullable String> bodies(UUID id) {
        return jdbc.sql("select text_body, html_body from outbox where id = ?")
                .param(id)
                .query((rs, row) -> {
                    List<@Nullable String> bodies = new ArrayList<>();
                    bodies.add(rs.getString("text_body"));
                    bodies.add(rs.getString("html_body"));
                    return bodies;
                })
                .single();
    }

    private @Nullable Object failedAt(UUID id) {
        return jdbc.sql("select failed_at from outbox where id = ?")
                .param(id)
                .query((rs, row) -> rs.getObject("failed_at"))
                .single();
    }

    private record Queued(List<UUID> rows, List<String> recipients) {}

    private record OutboxRow(
            boolean pending, int attempts, @Nullable String lastError, boolean sent) {}

    /**
     * Sends through another transport, but holds the first batch back until a second one is handed over too (for at
     * most ten seconds), and tells whether that happened.
     */
    private static final class SideBySideTransport implements MailTransport {

        private final MailTransport delegate;
        private final AtomicInteger batches = new AtomicInteger();
        private final CountDownLatch secondBatch = new CountDownLatch(1);
        private volatile boolean sideBySide;

        SideBySideTransport(MailTransport delegate) {
            this.delegate = delegate;
        }

        @Override
        public Map<UUID, DeliveryFailure> send(List<PendingMail> mails) {
            int batch = batches.incrementAndGet();
            if (batch == 1) {
                try {
                    sideBySide = secondBatch.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException stopping) {
                    Thread.currentThread().interrupt();
                }
            } else if (batch == 2) {
                secondBatch.countDown();
            }
            return delegate.send(mails);
        }

        boolean sideBySide() {
            return sideBySide;
        }
    }

    /**
     * Sends through another transport and remembers the order in which mails were handed over; refuses the mails it
     * is told to refuse, as a mail server can.
     */
    private static final class RecordingTransport implements MailTransport {

        private final MailTransport delegate;
        private final List<UUID> order = new CopyOnWriteArrayList<>();
        private final Map<UUID, DeliveryFailure> refusals = new ConcurrentHashMap<>();

        RecordingTransport(MailTransport delegate) {
            this.delegate = delegate;
        }

        void refuse(UUID mail, String reason) {
            refusals.put(mail, DeliveryFailure.temporary(reason));
        }

        @Override
        public Map<UUID, DeliveryFailure> send(List<PendingMail> mails) {
            mails.forEach(mail -> order.add(mail.id()));
            Map<UUID, DeliveryFailure> failures = new HashMap<>(delegate.send(mails.stream()
                    .filter(mail -> !refusals.containsKey(mail.id()))
                    .toList()));
            mails.stream()
                    .filter(mail -> refusals.containsKey(mail.id()))
                    .forEach(mail -> failures.put(mail.id(), refusals.get(mail.id())));
            return failures;
        }

        List<UUID> order() {
            return order;
        }

        boolean sent(UUID id) {
            return order.contains(id);
        }
    }
}
