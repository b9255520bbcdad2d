package nl.claimdesk.registration.form;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Clock;
import java.time.LocalDate;
import nl.claimdesk.registration.eligibility.DateCheck;
import nl.claimdesk.registration.eligibility.DateInput;
import org.jspecify.annotations.Nullable;

/** Checks a {@link CalendarDate} against the calendar and against today's date on the application's clock. */
public class CalendarDateValidator implements ConstraintValidator<CalendarDate, DateInput> {

    private final Clock clock;
    private String keys = "";

    public CalendarDateValidator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void initialize(CalendarDate constraint) {
        keys = constraint.message();
    }

    @Override
    public boolean isValid(@Nullable DateInput input, ConstraintValidatorContext context) {
        DateInput typed = input == null ? new DateInput(null, null, null) : input;
        if (typed.check(LocalDate.now(clock)) instanceof DateCheck.Invalid invalid) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(
                            keys + invalid.problem().name())
                    .addConstraintViolation();
            return false;
        }
        return true;
    }
}
