package nl.claimdesk.registration.eligibility;

/** The outcome of checking {@link UseYears}: the period of use, or which field is wrong and why. */
public sealed interface UseYearsCheck {

    /** The input names this period of use. */
    record Valid(UsePeriod period) implements UseYearsCheck {}

    /** The input is not acceptable: this field has this problem. */
    record Invalid(UseYears.Field field, YearProblem problem) implements UseYearsCheck {}
}
