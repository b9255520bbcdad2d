package nl.claimdesk.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.UUID;
import nl.claimdesk.IntegrationTest;
import nl.claimdesk.TestSettings;
import nl.claimdesk.Unique;
import nl.claimdesk.infrastructure.JobLocks;
import nl.claimdesk.infrastructure.SiteSecrets;
import nl.claimdesk.shared.EmailAddress;
import nl.claimdesk.shared.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bounce mailbox, read over IMAP from a GreenMail server of this test's own (the run's shared server speaks SMTP
 * only), holding delivery status notifications the way a mail server returns them.
 */
@IntegrationTest
class BounceMailboxTest {

    private static final String RETURN_PATH = "bounces@claimdesk.test";

    @Autowired
    Outbox outbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UndeliverableAddresses undeliverable;

    @Autowired
    JobLocks locks;

    @Autowired
    SiteSecrets secrets;

    @Autowired
    MeterRegistry meters;

    private GreenMail imap;
    private GreenMailUser mailbox;
    private EmailSettings settings;

    @BeforeEach
    void startImap() {
        int port = TestMailServer.freePort();
        imap = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        imap.start();
        mailbox = imap.setUser(RETURN_PATH, "bounces", "secret-word");
        settings = TestSettings.bind(
                EmailSettings.class,
                "claimdesk.mail.return-path=" + RETURN_PATH,
                "claimdesk.mail.bounces.host=127.0.0.1",
                "claimdesk.mail.bounces.port=" + port,
                "claimdesk.mail.bounces.protocol=imap",
                "claimdesk.mail.bounces.username=bounces",
                "claimdesk.mail.bounces.password=secret-word");
    }

    @AfterEach
    void stopImap() {
        imap.stop();
    }

    @Test
    void aHardBounceFoundByItsMessageIdMarksTheAddressAndIsReadOnce() throws Exception {
        Sent sent = sendTo(Unique.email("hard"));
        deliver(dsn(RETURN_PATH, sent.recipient(), "failed", "5.1.1", "550 5.1.1 User unknown", sent.messageId()));

        assertThat(bounceMailbox().read()).isEqualTo(new BounceMailbox.Tally(1, 0, 0, 0));

        assertThat(undeliverable.find(sent.recipient())).hasValueSatisfying(mark -> {
            assertThat(mark.source()).isEqualTo(UndeliverableAddresses.Source.BOUNCE);
            assertThat(mark.reason()).isEqualTo("5.1.1 smtp; 550 5.1.1 User unknown");
        });
        assertThat(bounceMailbox().read())
                .as("a second run reads nothing again")
                .isEqualTo(new BounceMailbox.Tally(0, 0, 0, 0));
        assertThat(messagesInMailbox()).isZero();
    }

    @Test
    void aHardBounceReturnedToTheSignedReturnPathMarksTheAddressWithoutQuotingTheMail() throws Exception {
        Sent sent = sendTo(Unique.email("verp"));
        String returnedTo = returnPath().of(sent.id()).orElseThrow();
        deliver(dsn(returnedTo, sent.recipient(), "failed", "5.2.1", "550 5.2.1 Mailbox disabled", null));

        assertThat(bounceMailbox().read().hard()).isOne();

        assertThat(undeliverable.find(sent.recipient()).orElseThrow().reason()).startsWith("5.2.1");
    }

    @Test
    void aSoftBounceIsCountedButLeavesTheAddressAlone() throws Exception {
        Sent full = sendTo(Unique.email("full"));
        Sent delayed = sendTo(Unique.email("delayed"));
        deliver(dsn(RETURN_PATH, full.recipient(), "failed", "4.2.2", "452 4.2.2 Mailbox full", full.messageId()));
        deliver(dsn(RETURN_PATH, delayed.recipient(), "delayed", "4.4.7", "", delayed.messageId()));

        assertThat(bounceMailbox().read()).isEqualTo(new BounceMailbox.Tally(0, 2, 0, 0));

        assertThat(undeliverable.isUndeliverable(full.recipient())).isFalse();
        assertThat(undeliverable.isUndeliverable(delayed.recipient())).isFalse();
        assertThat(messagesInMailbox()).isZero();
    }

    @Test
    void aMessageThatIsNoBounceOfOursIsLeftForAPersonAndNotReadAgain() throws Exception {
        deliver(DeliveryStatusNotificationTest.message("""
                From: someone@example.nl
                To: %s
                Subject: Out of office

                I am away until Monday.
                """.formatted(RETURN_PATH)));
        String stranger = Unique.email("stranger");
        deliver(dsn(RETURN_PATH, stranger, "failed", "5.1.1", "550 no such user", "<not-ours@example.nl>"));
        deliver(DeliveryStatusNotificationTest.message("""
                From: MAILER-DAEMON@example.nl
                To: %s
                Subject: broken report
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="never-closed"

                --never-closed
                Content-Type: message/delivery-status
                """.formatted(RETURN_PATH)));

        assertThat(bounceMailbox().read()).isEqualTo(new BounceMailbox.Tally(0, 0, 0, 3));

        assertThat(undeliverable.isUndeliverable(stranger)).isFalse();
        assertThat(bounceMailbox().read()).isEqualTo(new BounceMailbox.Tally(0, 0, 0, 0));
        assertThat(messagesInMailbox()).isEqualTo(3);
    }

    private BounceMailbox bounceMailbox() {
        return new BounceMailbox(settings, locks, returnPath(), undeliverable, jdbc, meters);
    }

    private ReturnPath returnPath() {
        return new ReturnPath(settings, secrets);
    }

    private record Sent(UUID id, String recipient, String messageId) {}

    private Sent sendTo(String recipient) {
        UUID id = transactions.execute(status -> outbox.enqueue(new OutgoingMail(
                "test.bounce",
                MailPriority.TRANSACTIONAL,
                EmailAddress.parse(recipient).orElseThrow(),
                null,
                Language.NL,
                "Nieuws",
                "Hallo,",
                List.of("Een bericht dat terugkomt."),
                null,
                List.of("Groet"),
                new OutgoingMail.Footer("Claimdesk", "http://localhost:8080/nl"))));
        String messageId = jdbc.sql("select message_id from outbox where id = ?")
                .param(id)
                .query(String.class)
                .single();
        return new Sent(id, recipient, messageId);
    }

    /** A delivery status notification as Postfix returns it; with the original's headers when it has a Message-ID. */
    private static MimeMessage dsn(
            String to, String recipient, String action, String status, String diagnostic, String messageId)
            throws Exception {
        String original = messageId == null ? "" : """
                --report
                Content-Type: text/rfc822-headers

                Message-ID: %s
                From: Claimdesk <noreply@claimdesk.test>
                To: %s
                Subject: Nieuws

                """.formatted(messageId, recipient);
        return DeliveryStatusNotificationTest.message("""
                From: MAILER-DAEMON@mx.example.nl (Mail Delivery System)
                To: %s
                Subject: Undelivered Mail Returned to Sender
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="report"

                --report
                Content-Type: text/plain

                I'm sorry to have to inform you that your message could not be delivered.

                --report
                Content-Type: message/delivery-status

                Reporting-MTA: dns; mx.example.nl
                Arrival-Date: Mon,  7 Dec 2026 12:00:00 +0100 (CET)

                Final-Recipient: rfc822; %s
                Original-Recipient: rfc822;%s
                Action: %s
                Status: %s
                %s
                %s--report--
                """.formatted(
                        to,
                        recipient,
                        recipient,
                        action,
                        status,
                        diagnostic.isEmpty() ? "" : "Diagnostic-Code: smtp; " + diagnostic + "\n",
                        original));
    }

    private void deliver(MimeMessage message) throws Exception {
        mailbox.deliver(message);
    }

    private int messagesInMailbox() throws Exception {
        return imap.getManagers().getImapHostManager().getInbox(mailbox).getMessageCount();
    }
}
