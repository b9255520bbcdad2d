package nl.claimdesk.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A setting outside its limits stops the start with Spring Boot's message that names the setting and its value. */
@ExtendWith(OutputCaptureExtension.class)
class EmailSettingsTest {

    @Test
    void aNodeWithoutADeliveryThreadDoesNotStart(CapturedOutput output) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(EmailSettingsOnly.class)
                        .web(WebApplicationType.NONE)
                        .run("--claimdesk.mail.workers=0"))
                .rootCause()
                .isInstanceOf(BindValidationException.class);

        assertThat(output)
                .contains("APPLICATION FAILED TO START")
                .contains("Property: claimdesk.mail.workers")
                .contains("must be greater than 0");
    }

    @Test
    void aRetryWithoutAPauseDoesNotStart(CapturedOutput output) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(EmailSettingsOnly.class)
                        .web(WebApplicationType.NONE)
                        .run("--claimdesk.mail.first-retry=0s"))
                .rootCause()
                .isInstanceOf(BindValidationException.class);

        assertThat(output).contains("claimdesk.mail.first-retry").contains("must be longer than 0");
    }

    /** Only the settings record: the start fails at binding it, before anything else would be built. */
    @EnableConfigurationProperties(EmailSettings.class)
    static class EmailSettingsOnly {}
}
