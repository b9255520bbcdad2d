package nl.claimdesk.email;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Reading RFC 3464 delivery status notifications in the forms mail servers send them. */
class DeliveryStatusNotificationTest {

    @Test
    void theOriginalMessageAsAWholeGivesItsMessageIdAndTheWorstRecipientDecides() throws Exception {
        DeliveryStatusNotification read =
                DeliveryStatusNotification.read(message("""
                        From: postmaster@mx.example.nl
                        To: bounces@claimdesk.test
                        Subject: Delivery Status Notification (Failure)
                        MIME-Version: 1.0
                        Content-Type: multipart/report; report-type="delivery-status"; boundary="b1"

                        --b1
                        Content-Type: text/plain

                        Delivery has failed.

                        --b1
                        Content-Type: message/delivery-status

                        Reporting-MTA: dns;mx.example.nl

                        Final-Recipient: rfc822;other@example.nl
                        Action: delayed
                        Status: 4.4.7

                        Final-Recipient: rfc822;someone@example.nl
                        Action: failed
                        Status: 5.1.10
                        Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound;
                         Recipient not found by SMTP address lookup

                        --b1
                        Content-Type: message/rfc822

                        Message-ID: <0190-original@claimdesk.test>
                        From: noreply@claimdesk.test
                        To: someone@example.nl
                        Subject: Nieuws

                        Hallo.

                        --b1--
                        """)).orElseThrow();

        assertThat(read.severity()).isEqualTo(DeliveryStatusNotification.Severity.HARD);
        assertThat(read.originalMessageId()).isEqualTo("<0190-original@claimdesk.test>");
        assertThat(read.reason())
                .isEqualTo("5.1.10 smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP"
                        + " address lookup");
    }

    @Test
    void aReadReceiptOrAPlainMessageIsNoDeliveryStatusNotification() throws Exception {
        assertThat(DeliveryStatusNotification.read(message("""
                        From: someone@example.nl
                        To: bounces@claimdesk.test
                        MIME-Version: 1.0
                        Content-Type: multipart/report; report-type=disposition-notification; boundary="r"

                        --r
                        Content-Type: message/disposition-notification

                        Final-Recipient: rfc822;someone@example.nl
                        Disposition: manual-action/MDN-sent-manually; displayed

                        --r--
                        """))).isEmpty();
        assertThat(DeliveryStatusNotification.read(message("""
                        From: someone@example.nl
                        To: bounces@claimdesk.test
                        Subject: Re: Nieuws

                        Thank you!
                        """))).isEmpty();
    }

    @Test
    void aDeliveredNoticeNeedsNothing() throws Exception {
        assertThat(DeliveryStatusNotification.read(message("""
                                From: postmaster@mx.example.nl
                                To: bounces@claimdesk.test
                                MIME-Version: 1.0
                                Content-Type: multipart/report; report-type=delivery-status; boundary="d"

                                --d
                                Content-Type: message/delivery-status

                                Reporting-MTA: dns;mx.example.nl

                                Final-Recipient: rfc822;someone@example.nl
                                Action: relayed
                                Status: 2.0.0

                                --d--
                                """)).orElseThrow().severity())
                .isEqualTo(DeliveryStatusNotification.Severity.NONE);
    }

    /** A mail as it arrives, from its text with line ends as written. */
    static MimeMessage message(String text) throws Exception {
        return new MimeMessage(
                Session.getInstance(new Properties()),
                new ByteArrayInputStream(text.replace("\n", "\r\n").getBytes(StandardCharsets.US_ASCII)));
    }
}
