package nl.claimdesk.registration.eligibility;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A date of birth exactly as typed in the separate day, month and year fields. A field that was not submitted at all
 * is {@code null} and counts as empty.
 */
public record DateInput(
        @Nullable String day,
        @Nullable String month,
        @Nullable String year) {

    // Only ASCII digits: Character.isDigit would also let through e.g. Arabic-Indic digits.
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,4}");
    private static final int OLDEST_AGE = 120;
    private static final int EARLIEST_YEAR = 1000;

    /** Checks the input against the calendar and against {@code today}. */
    public DateCheck check(LocalDate today) {
        String dayText = trimmed(day);
        String monthText = trimmed(month);
        String yearText = trimmed(year);
        if (dayText.isEmpty() || monthText.isEmpty() || yearText.isEmpty()) {
            return new DateCheck.Invalid(DateProblem.MISSING);
        }
        if (!isNumber(dayText) || !isNumber(monthText) || !isNumber(yearText)) {
            return new DateCheck.Invalid(DateProblem.NOT_A_NUMBER);
        }
        int dayNumber = Integer.parseInt(dayText);
        int monthNumber = Integer.parseInt(monthText);
        int yearNumber = Integer.parseInt(yearText);
        if (yearNumber < EARLIEST_YEAR
                || monthNumber < 1
                || monthNumber > 12
                || dayNumber < 1
                || dayNumber > YearMonth.of(yearNumber, monthNumber).lengthOfMonth()) {
            return new DateCheck.Invalid(DateProblem.IMPOSSIBLE);
        }
        LocalDate date = LocalDate.of(yearNumber, monthNumber, dayNumber);
        if (date.isAfter(today)) {
            return new DateCheck.Invalid(DateProblem.IN_FUTURE);
        }
        if (date.isBefore(today.minusYears(OLDEST_AGE))) {
            return new DateCheck.Invalid(DateProblem.TOO_OLD);
        }
        return new DateCheck.Valid(date);
    }

    private static String trimmed(@Nullable String text) {
        return text == null ? "" : text.strip();
    }

    private static boolean isNumber(String text) {
        return NUMBER.matcher(text).matches();
    }
}
