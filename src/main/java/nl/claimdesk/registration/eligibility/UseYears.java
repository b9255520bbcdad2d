package nl.claimdesk.registration.eligibility;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The period of use exactly as typed: the first year, whether the claimant still uses the service, and otherwise the
 * last year. A field that was not submitted at all is {@code null} and counts as empty.
 */
public record UseYears(
        @Nullable String startYear,
        boolean stillUsing,
        @Nullable String endYear) {

    /** The input field a problem belongs to. */
    public enum Field {
        START,
        END
    }

    // Only ASCII digits: Character.isDigit would also let through e.g. Arabic-Indic digits.
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");

    /**
     * Checks the input against the claimant's date of birth and against {@code today}. When {@code stillUsing}, the
     * end field is ignored whatever it holds.
     */
    public UseYearsCheck check(LocalDate dateOfBirth, LocalDate today) {
        String startText = trimmed(startYear);
        if (startText.isEmpty()) {
            return new UseYearsCheck.Invalid(Field.START, YearProblem.MISSING);
        }
        if (!YEAR.matcher(startText).matches()) {
            return new UseYearsCheck.Invalid(Field.START, YearProblem.NOT_A_NUMBER);
        }
        int start = Integer.parseInt(startText);
        if (start < dateOfBirth.getYear()) {
            return new UseYearsCheck.Invalid(Field.START, YearProblem.BEFORE_BIRTH);
        }
        if (start > today.getYear()) {
            return new UseYearsCheck.Invalid(Field.START, YearProblem.IN_FUTURE);
        }
        if (stillUsing) {
            return new UseYearsCheck.Valid(new UsePeriod(start, null));
        }
        String endText = trimmed(endYear);
        if (endText.isEmpty()) {
            return new UseYearsCheck.Invalid(Field.END, YearProblem.MISSING);
        }
        if (!YEAR.matcher(endText).matches()) {
            return new UseYearsCheck.Invalid(Field.END, YearProblem.NOT_A_NUMBER);
        }
        int end = Integer.parseInt(endText);
        if (end > today.getYear()) {
            return new UseYearsCheck.Invalid(Field.END, YearProblem.IN_FUTURE);
        }
        if (end < start) {
            return new UseYearsCheck.Invalid(Field.END, YearProblem.BEFORE_START);
        }
        return new UseYearsCheck.Valid(new UsePeriod(start, end));
    }

    private static String trimmed(@Nullable String text) {
        return text == null ? "" : text.strip();
    }
}
