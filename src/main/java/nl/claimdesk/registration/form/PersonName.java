package nl.claimdesk.registration.form;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A first or last name as typed: something besides spaces ({@code message}, the field's own "missing" key), and
 * once stripped at most {@link #max} characters without control characters ({@code form.name.invalid}, with the
 * maximum as its argument).
 */
@Target({ElementType.METHOD, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PersonNameValidator.class)
public @interface PersonName {

    int MAXIMUM_LENGTH = 100;

    String message();

    int max() default MAXIMUM_LENGTH;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
