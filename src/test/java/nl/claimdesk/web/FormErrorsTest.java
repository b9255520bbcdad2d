package nl.claimdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import nl.claimdesk.shared.Language;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/** Bean Validation's problems become the page's problems: in the form's order, in the page's words. */
class FormErrorsTest {

    record Withdrawal(
            @NotBlank(message = "missing.who") String who,
            String receivedDay,
            String receivedMonth,

            @NotBlank(message = "missing.reference") @Size(max = 5, message = "long.reference")
            String reference) {}

    private final Texts t = new Texts(messages(), Language.NL);

    @Test
    void problemsFollowTheFieldsOfTheFormWithAGroupOfFieldsInPlaceOfItsFirst() {
        BindingResult result = validate(new Withdrawal("", "1", "2", ""));
        result.addError(new FieldError("withdrawal", "received", "missing.received"));

        FormErrors errors = FormErrors.of(result, t);

        assertThat(errors.summary()).extracting(Link::href).containsExactly("#who", "#received", "#reference");
        assertThat(errors.get("received")).isEqualTo("Wanneer kwam het binnen?");
    }

    @Test
    void aConstraintsAttributesAreTheArgumentsOfItsMessage() {
        FormErrors errors = FormErrors.of(validate(new Withdrawal("all", "", "", "abcdefg")), t);

        assertThat(errors.get("reference")).isEqualTo("Hoogstens 5 tekens");
        assertThat(errors.has("who")).isFalse();
    }

    private static BindingResult validate(Withdrawal form) {
        try (LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean()) {
            validator.afterPropertiesSet();
            BindingResult result = new BeanPropertyBindingResult(form, "withdrawal");
            validator.validate(form, result);
            return result;
        }
    }

    private static StaticMessageSource messages() {
        StaticMessageSource messages = new StaticMessageSource();
        Locale dutch = Language.NL.locale();
        messages.addMessage("missing.who", dutch, "Wie trekt zich terug?");
        messages.addMessage("missing.received", dutch, "Wanneer kwam het binnen?");
        messages.addMessage("missing.reference", dutch, "Geef het kenmerk");
        messages.addMessage("long.reference", dutch, "Hoogstens {0} tekens");
        return messages;
    }
}
