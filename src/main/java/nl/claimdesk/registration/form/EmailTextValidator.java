package nl.claimdesk.registration.form;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import nl.claimdesk.shared.EmailAddress;
import org.jspecify.annotations.Nullable;

/** Checks an {@link EmailText}. */
public class EmailTextValidator implements ConstraintValidator<EmailText, String> {

    static final String MISSING = "form.email.missing";
    static final String INVALID = "form.email.invalid";

    @Override
    public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
        String typed = value == null ? "" : value;
        if (typed.isBlank()) {
            return false;
        }
        if (EmailAddress.parse(typed).isEmpty()) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(INVALID).addConstraintViolation();
            return false;
        }
        return true;
    }
}
