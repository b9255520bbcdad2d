package nl.claimdesk.registration.form;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@link nl.claimdesk.registration.eligibility.DateInput} that names a real calendar date, not in the future and
 * not more than 120 years ago. The problem is reported with the message key {@code message} followed by the
 * {@link nl.claimdesk.registration.eligibility.DateProblem} ({@code form.date.IMPOSSIBLE}).
 */
@Target({ElementType.METHOD, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CalendarDateValidator.class)
public @interface CalendarDate {

    /** The start of the message key, to which the problem's name is added. */
    String message() default "form.date.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
