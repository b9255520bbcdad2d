package nl.claimdesk.campaign;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import nl.claimdesk.shared.Language;
import org.jspecify.annotations.Nullable;

/**
 * Who the court counts in the class: where they live, when their use fell, and how old they were then.
 *
 * @param residence the regime per country of residence (ISO 3166 code), e.g. {@code NL: OPT_OUT}
 * @param otherCountries the regime of every country not named in {@code residence}
 * @param registrantCountryStandsForResidence whether the country the registrant gave at sign-up may stand for the
 *     claimant's residence while the claimant's own is not known (docs/adr/0039)
 * @param useFrom the start of the period in which use must fall
 * @param useUntil its end; none when the period is still open
 * @param majorityAge the age from which someone counts as an adult
 * @param furtherRequirements what else the court requires, in plain words by language code; checked by people, not
 *     by the evaluation
 */
public record ClassCriteria(
        Map<String, ResidenceRegime> residence,
        ResidenceRegime otherCountries,
        boolean registrantCountryStandsForResidence,
        PeriodBoundary useFrom,
        @Nullable PeriodBoundary useUntil,
        int majorityAge,
        Map<String, String> furtherRequirements) {

    public ClassCriteria {
        // A definition file may leave both out.
        residence = residence == null ? Map.of() : new TreeMap<>(residence);
        furtherRequirements = furtherRequirements == null ? Map.of() : Map.copyOf(furtherRequirements);
        if (majorityAge < 1 || majorityAge > 120) {
            throw new IllegalArgumentException("majority age out of range: " + majorityAge);
        }
        if (useUntil != null && useUntil.lastDay().isBefore(useFrom.firstDay())) {
            throw new IllegalArgumentException("the period ends before it starts");
        }
    }

    public ResidenceRegime regimeOf(String country) {
        return residence.getOrDefault(country, otherCountries);
    }

    public LocalDate firstDay() {
        return useFrom.firstDay();
    }

    /** The last day of the period; {@link LocalDate#MAX} while it is open. */
    public LocalDate lastDay() {
        return useUntil == null ? LocalDate.MAX : useUntil.lastDay();
    }

    public String furtherRequirements(Language language) {
        return furtherRequirements.getOrDefault(language.code(), "");
    }
}
