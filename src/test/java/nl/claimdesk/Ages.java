package nl.claimdesk;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Dates of birth relative to the application's today, so that a child stays a child whichever year the suite runs
 * in. A literal birth year in a test goes stale the day that person comes of age (BirthYearLiteralsTest).
 */
public final class Ages {

    private Ages() {}

    /** Someone who turned {@code years} old {@code daysAfterBirthday} days ago (0: it is their birthday today). */
    public static Birth bornYearsAgo(Clock clock, int years, int daysAfterBirthday) {
        return new Birth(LocalDate.now(clock).minusDays(daysAfterBirthday).minusYears(years));
    }

    /** A child of {@code years}, whose birthday was half a year ago: no birthday near today to make a test flaky. */
    public static Birth childBornYearsAgo(Clock clock, int years) {
        return bornYearsAgo(clock, years, 180);
    }

    /** A date of birth, with the parts the date-of-birth fields take. */
    public record Birth(LocalDate date) {

        public String day() {
            return Integer.toString(date.getDayOfMonth());
        }

        public String month() {
            return Integer.toString(date.getMonthValue());
        }

        public String year() {
            return Integer.toString(date.getYear());
        }

        /** The three fields of a date-of-birth form: day, month, year. */
        public String[] fields() {
            return new String[] {day(), month(), year()};
        }

        /** As the funnel's helpers and the pages write it: {@code d-M-yyyy}. */
        public String dmy() {
            return day() + "-" + month() + "-" + year();
        }

        /** The year this person was {@code age}: e.g. a period of use that starts at 7, as typed in a year field. */
        public String yearAtAge(int age) {
            return Integer.toString(date.getYear() + age);
        }
    }
}
