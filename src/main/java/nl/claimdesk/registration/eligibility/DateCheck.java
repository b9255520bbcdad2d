package nl.claimdesk.registration.eligibility;

import java.time.LocalDate;

/** The outcome of checking a {@link DateInput}: the date it names, or why it names none. */
public sealed interface DateCheck {

    /** The input names this date. */
    record Valid(LocalDate date) implements DateCheck {}

    /** The input is not acceptable, for this reason. */
    record Invalid(DateProblem problem) implements DateCheck {}
}
