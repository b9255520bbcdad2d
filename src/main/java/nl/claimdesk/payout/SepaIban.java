package nl.claimdesk.payout;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;

/**
 * A typed IBAN that a SEPA credit transfer can pay ({@link Iban#check}); the message names what is wrong: missing,
 * not an IBAN of its country, a wrong check digit, or a country outside SEPA.
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SepaIban.Validator.class)
public @interface SepaIban {

    String message() default "bankDetails.iban.format";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<SepaIban, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return Iban.check(value)
                    .problem()
                    .map(problem -> {
                        context.disableDefaultConstraintViolation();
                        context.buildConstraintViolationWithTemplate(
                                        "bankDetails.iban." + problem.name().toLowerCase(Locale.ROOT))
                                .addConstraintViolation();
                        return false;
                    })
                    .orElse(true);
        }
    }
}
