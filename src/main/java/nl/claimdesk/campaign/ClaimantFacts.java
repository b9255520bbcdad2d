package nl.claimdesk.campaign;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What Claimdesk knows of a claimant that the class depends on. Use is known in whole years only.
 *
 * @param useEndYear the last year of use; none while use goes on
 * @param residence the claimant's own country of residence; not asked yet
 * @param registrantCountry the country the registrant gave at sign-up
 */
public record ClaimantFacts(
        LocalDate dateOfBirth,
        int useStartYear,
        @Nullable Integer useEndYear,
        @Nullable String residence,
        String registrantCountry) {}
