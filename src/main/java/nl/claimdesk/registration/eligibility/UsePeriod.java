package nl.claimdesk.registration.eligibility;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The years in which a claimant used the defendant's service, from {@code startYear} up to and including
 * {@code endYear}; a {@code null} end means they still use it. The months are asked only where the class needs them
 * (docs/adr/0047) and are {@code null} otherwise; the campaign's rules look at the years alone, so any day within them
 * may have been a day of use.
 */
public record UsePeriod(
        int startYear,
        @Nullable Integer startMonth,
        @Nullable Integer endYear,
        @Nullable Integer endMonth) {

    public UsePeriod {
        if (endYear != null && endYear < startYear) {
            throw new IllegalArgumentException("use ends in " + endYear + ", before it starts in " + startYear);
        }
        if (endYear == null && endMonth != null) {
            throw new IllegalArgumentException("an end month without an end year");
        }
    }

    public UsePeriod(int startYear, @Nullable Integer endYear) {
        this(startYear, null, endYear, null);
    }

    /** The same years with the months the class asked for. */
    public UsePeriod withMonths(@Nullable Integer newStartMonth, @Nullable Integer newEndMonth) {
        return new UsePeriod(startYear, newStartMonth, endYear, endYear == null ? null : newEndMonth);
    }

    /** The earliest day that may have been a day of use: 1 January of the first year. */
    LocalDate firstPossibleDay() {
        return LocalDate.of(startYear, 1, 1);
    }

    /** The latest day that may have been a day of use: 31 December of the last year, or today, whichever is earlier. */
    LocalDate lastPossibleDay(LocalDate today) {
        if (endYear == null) {
            return today;
        }
        LocalDate endOfYear = LocalDate.of(endYear, 12, 31);
        return endOfYear.isAfter(today) ? today : endOfYear;
    }
}
