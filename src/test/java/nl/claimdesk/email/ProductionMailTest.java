package nl.claimdesk.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import nl.claimdesk.ProductionStart;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mock.env.MockEnvironment;

/** Production fails closed without an SMTP server: the demo mailbox would hand out login links to anyone. */
class ProductionMailTest {

    @Test
    void productionRefusesToStartWithoutAnSmtpServer() {
        assertThat(ProductionStart.refusal("--spring.mail.host="))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no SMTP server is configured")
                .hasMessageContaining("SPRING_MAIL_HOST");
    }

    @Test
    void productionWithAnSmtpServerPassesTheCheck() {
        MockEnvironment environment = new MockEnvironment().withProperty("spring.mail.host", "smtp.example.org");
        environment.setActiveProfiles("prod");

        assertThatCode(() -> EmailConfiguration.requireSmtpInProduction(environment))
                .doesNotThrowAnyException();
    }

    @Test
    void theDemoMailboxIsFineOutsideProduction() {
        assertThatCode(() -> EmailConfiguration.requireSmtpInProduction(new MockEnvironment()))
                .doesNotThrowAnyException();
    }

    @Test
    void theDemoMailboxPageAndItsOpenAccessDoNotExistInProduction() {
        new ApplicationContextRunner()
                .withUserConfiguration(DevMailboxController.class, DevMailboxSecurity.class)
                .withPropertyValues("spring.profiles.active=prod", "spring.mail.host=")
                .run(context -> assertThat(context)
                        .hasNotFailed()
                        .doesNotHaveBean(DevMailboxController.class)
                        .doesNotHaveBean(DevMailboxSecurity.class));
    }

    @Test
    void outsideProductionWithoutSmtpTheDemoMailboxIsWanted() {
        // Its dependencies are missing here, so the context fails exactly because the mailbox is being created.
        new ApplicationContextRunner()
                .withUserConfiguration(DevMailboxController.class)
                .withPropertyValues("spring.mail.host=")
                .run(context -> assertThat(context.getStartupFailure()).hasMessageContaining("MailTransport"));
    }
}
