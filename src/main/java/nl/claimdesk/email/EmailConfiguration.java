package nl.claimdesk.email;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * SMTP when a server is configured ({@code SPRING_MAIL_HOST}); otherwise, outside production only, the demo mailbox at
 * /dev/mailbox. Under the {@code prod} profile the application refuses to start without an SMTP server: the demo
 * mailbox shows every recent mail, login links and staff invitations included, to whoever asks.
 */
@Configuration(proxyBeanMethods = false)
class EmailConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmailConfiguration.class);

    /** Runs before any bean is created, so a refused start never touches the database or sends anything. */
    @Bean
    static BeanFactoryPostProcessor productionNeedsSmtp(Environment environment) {
        return beanFactory -> requireSmtpInProduction(environment);
    }

    static void requireSmtpInProduction(Environment environment) {
        boolean production = environment.matchesProfiles("prod");
        if (production && environment.getProperty("spring.mail.host", "").isBlank()) {
            throw new IllegalStateException("The prod profile sends mail over SMTP only, but no SMTP server is"
                    + " configured. Set SPRING_MAIL_HOST (and SPRING_MAIL_PORT, SPRING_MAIL_USERNAME,"
                    + " SPRING_MAIL_PASSWORD as your server needs).");
        }
    }

    @Bean
    MailTransport mailTransport(
            ObjectProvider<JavaMailSender> smtp,
            JdbcClient jdbc,
            Clock clock,
            Environment environment,
            EmailSettings settings,
            ReturnPath returnPath,
            @Value("${spring.mail.host:}") String host)
            throws AddressException {
        JavaMailSender sender = smtp.getIfAvailable();
        if (host.isBlank() || sender == null) {
            requireSmtpInProduction(environment);
            log.warn("No SMTP server configured (SPRING_MAIL_HOST): mails go to the demo mailbox at /dev/mailbox");
            return new DevMailbox(jdbc, clock);
        }
        if (!(sender instanceof JavaMailSenderImpl configured)) {
            throw new IllegalStateException("expected Spring Boot's JavaMailSenderImpl, got " + sender.getClass());
        }
        AngusProviders.nameIn(System.getProperties());
        return new SmtpTransport(configured, new InternetAddress(settings.from(), true), returnPath, clock);
    }
}
