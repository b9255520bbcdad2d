package nl.claimdesk.registration.form;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** A Bean Validation validator as the application has one, on a clock that stands still on 1 July 2026. */
final class Constraints {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-07-01T10:00:00Z"), ZoneOffset.UTC);

    private static final Validator VALIDATOR = Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .constraintValidatorFactory(new ClockedFactory())
            .buildValidatorFactory()
            .getValidator();

    private Constraints() {}

    /** The message keys of the problems with {@code form}, "path: key" each, sorted. */
    static List<String> problems(Object form) {
        Set<ConstraintViolation<Object>> violations = VALIDATOR.validate(form);
        return violations.stream()
                .map(violation -> violation.getPropertyPath() + ": " + violation.getMessage())
                .sorted()
                .toList();
    }

    private static final class ClockedFactory implements ConstraintValidatorFactory {

        @Override
        public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
            if (key == CalendarDateValidator.class) {
                return key.cast(new CalendarDateValidator(CLOCK));
            }
            try {
                return key.getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void releaseInstance(ConstraintValidator<?, ?> instance) {}
    }
}
