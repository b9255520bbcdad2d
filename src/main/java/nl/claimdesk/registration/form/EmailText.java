package nl.claimdesk.registration.form;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An email address as typed: something ({@code form.email.missing}) that {@link nl.claimdesk.shared.EmailAddress}
 * accepts ({@code form.email.invalid}).
 */
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = EmailTextValidator.class)
public @interface EmailText {

    String message() default EmailTextValidator.MISSING;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
