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

    private static PendingMail mail(String messageId) {
        return new PendingMail(
                UUID.randomUUID(),
                "someone@example.org",
                "Onderwerp",
                "Tekst",
                "<p>Tekst</p>",
                messageId,
                0,
                List.of(new OutgoingMail.Attachment("brief.pdf", "application/pdf", new byte[] {1, 2, 3})));
    }
}
