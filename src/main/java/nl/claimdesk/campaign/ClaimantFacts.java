package nl.claimdesk.campaign;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What Claimdesk knows of a claimant that the class depends on: use in years, and in months where the class needed
 * them (docs/adr/0047).
 *
 * @param useStartMonth the month (1-12) of {@code useStartYear} in which use started; unknown when null
 * @param useEndYear the last year of use; none while use goes on
 * @param useEndMonth the month (1-12) of {@code useEndYear} in which use ended; unknown when null
 * @param residence the claimant's own country of residence; unknown when null
 * @param registrantCountry the country the registrant gave at sign-up
 */
public record ClaimantFacts(
        LocalDate dateOfBirth,
        int useStartYear,
        @Nullable Integer useStartMonth,
        @Nullable Integer useEndYear,
        @Nullable Integer useEndMonth,
        @Nullable String residence,
        String registrantCountry) {

    public ClaimantFacts {
        if (useStartMonth != null && (useStartMonth < 1 || useStartMonth > 12)) {
            throw new IllegalArgumentException("no such month: " + useStartMonth);
        }
        if (useEndMonth != null && (useEndYear == null || useEndMonth < 1 || useEndMonth > 12)) {
            throw new IllegalArgumentException("no such end month: " + useEndMonth);
        }
    }

    /** Facts with use known in whole years only. */
    public ClaimantFacts(
            LocalDate dateOfBirth,
            int useStartYear,
            @Nullable Integer useEndYear,
            @Nullable String residence,
            String registrantCountry) {
        this(dateOfBirth, useStartYear, null, useEndYear, null, residence, registrantCountry);
    }
}
