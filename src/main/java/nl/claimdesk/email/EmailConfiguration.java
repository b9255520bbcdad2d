package nl.claimdesk.email;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** SMTP when a server is configured ({@code SPRING_MAIL_HOST}); otherwise the demo mailbox at /dev/mailbox. */
@Configuration(proxyBeanMethods = false)
class EmailConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmailConfiguration.class);

    @Bean
    MailTransport mailTransport(
            ObjectProvider<JavaMailSender> smtp,
            JdbcClient jdbc,
            Clock clock,
            @Value("${claimdesk.mail.from:Claimdesk <noreply@localhost>}") String from,
            @Value("${spring.mail.host:}") String host)
            throws AddressException {
        JavaMailSender sender = smtp.getIfAvailable();
        if (host.isBlank() || sender == null) {
            log.warn("No SMTP server configured (SPRING_MAIL_HOST): mails go to the demo mailbox at /dev/mailbox");
            return new DevMailbox(jdbc, clock);
        }
        if (!(sender instanceof JavaMailSenderImpl configured)) {
            throw new IllegalStateException("expected Spring Boot's JavaMailSenderImpl, got " + sender.getClass());
        }
        AngusProviders.nameIn(System.getProperties());
        return new SmtpTransport(configured, new InternetAddress(from, true), clock);
    }
}
