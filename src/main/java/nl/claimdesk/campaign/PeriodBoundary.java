package nl.claimdesk.campaign;

import java.time.LocalDate;

/**
 * One end of the period in which use must fall, as the court wrote it: "after 25 May 2018" is 25 May 2018 exclusive,
 * "up to and including 9 November 2022" is inclusive. {@code inclusivenessAssumed} says that the court's words leave
 * the inclusiveness open and this boundary's is a reading of them, so the back office can show it as such.
 */
public record PeriodBoundary(LocalDate date, boolean inclusive, boolean inclusivenessAssumed) {

    /** The first day that counts, when this boundary starts the period. */
    public LocalDate firstDay() {
        return inclusive ? date : date.plusDays(1);
    }

    /** The last day that counts, when this boundary ends the period. */
    public LocalDate lastDay() {
        return inclusive ? date : date.minusDays(1);
    }
}
