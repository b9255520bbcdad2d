package nl.claimdesk.email;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.claimdesk.TestSettings;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

class SmtpTransportTest {

    private final JavaMailSenderImpl sender = new JavaMailSenderImpl();

    @Test
    void everyMessageIsComposedWithTheSendersFileTypeMapAndItsOwnMessageId() throws Exception {
        SmtpTransport transport = new SmtpTransport(
                sender,
                new InternetAddress("Claimdesk <noreply@example.org>"),
                new ReturnPath(TestSettings.bind(EmailSettings.class), null),
                Clock.systemUTC());

        MimeMessageHelper first = transport.compose(mail("<first@example.org>"));
        MimeMessageHelper second = transport.compose(mail("<second@example.org>"));

        assertThat(first.getFileTypeMap()).isSameAs(sender.getDefaultFileTypeMap());
        assertThat(second.getFileTypeMap()).isSameAs(sender.getDefaultFileTypeMap());
        assertThat(first.getMimeMessage().getMessageID()).isEqualTo("<first@example.org>");
        assertThat(second.getMimeMessage().getMessageID()).isEqualTo("<second@example.org>");
    }

    @Test
    void aBatchChecksItsConnectionOnceAndEveryMessageArrivesWhole() throws Exception {
        try (RecordingSmtpServer server = new RecordingSmtpServer()) {
            sender.setHost("127.0.0.1");
            sender.setPort(server.port());
            sender.setProtocol("smtp");
            SmtpTransport transport = new SmtpTransport(
                    sender,
                    new InternetAddress("Claimdesk <noreply@example.org>"),
                    new ReturnPath(TestSettings.bind(EmailSettings.class), null),
                    Clock.systemUTC());
            String text = "Regel een\n.Punt aan het begin\n" + "Lang ".repeat(4_000);

            assertThat(transport.send(List.of(mail("<a@example.org>", text), mail("<b@example.org>", text))))
                    .isEmpty();
            assertThat(transport.send(List.of(mail("<c@example.org>", text), mail("<d@example.org>", text))))
                    .isEmpty();

            assertThat(server.commands())
                    .as("one connection; the second batch checks it once, not before each mail")
                    .containsExactly(
                            "EHLO", "MAIL", "RCPT", "DATA", "MAIL", "RCPT", "DATA", "NOOP", "MAIL", "RCPT", "DATA",
                            "MAIL", "RCPT", "DATA");
            assertThat(server.messages())
                    .hasSize(4)
                    .allSatisfy(message -> assertThat(message)
                            .as("dot-stuffed on the wire, and the long text whole")
                            .contains("\r\n..Punt aan het begin")
                            .contains("Lang Lang Lang"));
            assertThat(String.join("", server.messages()))
                    .contains("<a@example.org>", "<b@example.org>", "<c@example.org>", "<d@example.org>");
        }
    }

    private static PendingMail mail(String messageId) {
        return mail(messageId, "Tekst");
    }

    private static PendingMail mail(String messageId, String text) {
        return new PendingMail(
                UUID.randomUUID(),
                "someone@example.org",
                "Onderwerp",
                text,
                "<p>Tekst</p>",
                messageId,
                0,
                List.of(new OutgoingMail.Attachment("brief.pdf", "application/pdf", new byte[] {1, 2, 3})));
    }
}
