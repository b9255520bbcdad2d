package nl.claimdesk.registration.form;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks a {@link PersonName}; the children's repeated fields use the same rule through {@link #problem}. */
public class PersonNameValidator implements ConstraintValidator<PersonName, String> {

    public static final String INVALID = "form.name.invalid";

    /** What is wrong with a typed name. */
    public enum Problem {
        MISSING,
        INVALID
    }

    private int max = PersonName.MAXIMUM_LENGTH;

    @Override
    public void initialize(PersonName constraint) {
        max = constraint.max();
    }

    @Override
    public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
        Problem problem = problem(value, max);
        if (problem == Problem.INVALID) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(INVALID).addConstraintViolation();
        }
        return problem == null;
    }

    public static @Nullable Problem problem(@Nullable String value, int max) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            return Problem.MISSING;
        }
        if (stripped.length() > max || stripped.chars().anyMatch(Character::isISOControl)) {
            return Problem.INVALID;
        }
        return null;
    }
}
