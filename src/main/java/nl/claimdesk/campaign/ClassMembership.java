package nl.claimdesk.campaign;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates one claimant against a class version: in the class (which sub-class), outside it (why), or not decidable
 * from what Claimdesk knows (which fact is missing). The registration module runs the same rules over every claimant
 * of a campaign in one SQL statement; a test holds the two equal (docs/adr/0039).
 *
 * <p>Use is known in whole years, and in months where the class needed them. With only a year, use may have begun
 * on any day of its start year (not before birth) and ended on any day of its end year (not after {@code asOf}). A
 * known month counts whole (docs/adr/0047): use that started in a month is taken to have begun on its first day, use
 * that ended in a month to have lasted to its last day, because months are the finest grain we ask and every day of
 * such a month is one the person may have used the service on. Use that goes on lasts until {@code asOf}. A claimant
 * is in a sub-class when every use those facts allow has a day within the period on which they met the sub-class's
 * age condition; information is needed when some allowed use has such a day and some has not. Ages count as {@link
 * java.time.Period} counts them: someone born on 29 February comes of age on 1 March in a year without one.
 */
public final class ClassMembership {

    private ClassMembership() {}

    public static Classification evaluate(ClassVersionDraft version, ClaimantFacts facts, LocalDate asOf) {
        return evaluate(version, facts, null, asOf);
    }

    /**
     * What the facts alone say, before anything is filed with the court's registry: the sign-up asks this, because
     * someone abroad can opt in only once they are registered with us, and an opt-out is never ours to anticipate.
     */
    public static Classification evaluateFacts(ClassVersionDraft version, ClaimantFacts facts, LocalDate asOf) {
        return byFacts(version, facts, asOf);
    }

    /**
     * As {@link #evaluate(ClassVersionDraft, ClaimantFacts, LocalDate)}, with what the claimant filed with the court's
     * registry: an opt-out puts anyone not already outside for another reason outside; someone in the class under
     * {@link ResidenceRegime#OPT_IN} is in only with an opt-in.
     */
    public static Classification evaluate(
            ClassVersionDraft version, ClaimantFacts facts, @Nullable RegistryChoice choice, LocalDate asOf) {
        Classification byFacts = byFacts(version, facts, asOf);
        if (choice == RegistryChoice.OPTED_OUT && !(byFacts instanceof Classification.Outside)) {
            return new Classification.Outside(OutsideReason.OPTED_OUT);
        }
        if (byFacts instanceof Classification.InClass in
                && in.regime() == ResidenceRegime.OPT_IN
                && choice != RegistryChoice.OPTED_IN) {
            return new Classification.Outside(OutsideReason.NOT_OPTED_IN);
        }
        return byFacts;
    }

    private static Classification byFacts(ClassVersionDraft version, ClaimantFacts facts, LocalDate asOf) {
        ClassCriteria criteria = version.criteria();
        @Nullable
        String country = facts.residence() != null
                ? facts.residence()
                : criteria.registrantCountryStandsForResidence() ? facts.registrantCountry() : null;
        @Nullable ResidenceRegime regime = country == null ? null : criteria.regimeOf(country);
        if (regime == ResidenceRegime.EXCLUDED) {
            return new Classification.Outside(OutsideReason.RESIDENCE_EXCLUDED);
        }
        return byUse(version.subClasses(), criteria, facts, regime, asOf);
    }

    /** Without a regime the residence is unknown, and that is the missing fact wherever the use does not rule out. */
    private static Classification byUse(
            List<SubClass> subClasses,
            ClassCriteria criteria,
            ClaimantFacts facts,
            @Nullable ResidenceRegime regime,
            LocalDate asOf) {
        LocalDate birth = facts.dateOfBirth();
        Integer startMonth = facts.useStartMonth();
        LocalDate startFrom = LocalDate.of(facts.useStartYear(), startMonth == null ? 1 : startMonth, 1);
        LocalDate startUntil = startMonth == null ? LocalDate.of(facts.useStartYear(), 12, 31) : startFrom;
        LocalDate endFrom;
        LocalDate endUntil;
        if (facts.useEndYear() == null) {
            endFrom = asOf;
            endUntil = asOf;
        } else if (facts.useEndMonth() == null) {
            endFrom = LocalDate.of(facts.useEndYear(), 1, 1);
            endUntil = LocalDate.of(facts.useEndYear(), 12, 31);
        } else {
            endUntil = YearMonth.of(facts.useEndYear(), facts.useEndMonth()).atEndOfMonth();
            endFrom = endUntil;
        }
        LocalDate firstPossible = latest(startFrom, birth);
        LocalDate lastPossible = earliest(endUntil, asOf);
        LocalDate latestStart = earliest(latest(startUntil, birth), lastPossible);
        LocalDate earliestEnd = latest(earliest(endFrom, lastPossible), firstPossible);
        LocalDate majority = dayOfMajority(birth, criteria.majorityAge());
        for (SubClass subClass : subClasses) {
            LocalDate from = criteria.firstDay();
            LocalDate until = criteria.lastDay();
            switch (subClass.ageDuringUse()) {
                case MINOR -> until = earliest(until, majority.minusDays(1));
                case ADULT -> from = latest(from, majority);
                case ANY -> {}
            }
            if (from.isAfter(until)) {
                continue;
            }
            if (!latestStart.isAfter(until) && !earliestEnd.isBefore(from)) {
                return regime == null
                        ? new Classification.InformationNeeded(MissingFact.RESIDENCE)
                        : new Classification.InClass(subClass.code(), regime);
            }
            if (!firstPossible.isAfter(until) && !lastPossible.isBefore(from)) {
                return new Classification.InformationNeeded(
                        regime == null
                                ? MissingFact.RESIDENCE
                                : latestStart.isAfter(until) ? MissingFact.USE_START_MONTH : MissingFact.USE_END_MONTH);
            }
        }
        boolean overlapsPeriod =
                !firstPossible.isAfter(criteria.lastDay()) && !lastPossible.isBefore(criteria.firstDay());
        return new Classification.Outside(
                overlapsPeriod ? OutsideReason.AGE_DURING_USE : OutsideReason.USE_OUTSIDE_PERIOD);
    }

    /** The first day on which someone born on {@code birth} is {@code age} years old in {@link java.time.Period} terms. */
    public static LocalDate dayOfMajority(LocalDate birth, int age) {
        LocalDate day = birth.plusYears(age);
        return day.getDayOfMonth() == birth.getDayOfMonth() ? day : day.plusDays(1);
    }

    private static LocalDate latest(LocalDate one, LocalDate other) {
        return one.isAfter(other) ? one : other;
    }

    private static LocalDate earliest(LocalDate one, @Nullable LocalDate other) {
        return other == null || one.isBefore(other) ? one : other;
    }
}
