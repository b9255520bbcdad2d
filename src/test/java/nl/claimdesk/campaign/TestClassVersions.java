package nl.claimdesk.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Class versions made up by tests, shaped like the court's TikTok class. */
public final class TestClassVersions {

    private TestClassVersions() {}

    public static final SubClass MINORS =
            new SubClass("MINORS", Map.of("nl", "Minderjarigen", "en", "Minors"), "Foundation A", AgeDuringUse.MINOR);
    public static final SubClass ADULTS =
            new SubClass("ADULTS", Map.of("nl", "Volwassenen", "en", "Adults"), "Foundation B", AgeDuringUse.ADULT);

    /** The court's TikTok class: minors, then adults; residents of the Netherlands only, as the sign-up's country says. */
    public static ClassVersionDraft minorsAndAdultsInTheNetherlands() {
        return court(List.of(MINORS, ADULTS), ResidenceRegime.EXCLUDED, true);
    }

    /** Residents of the Netherlands who used between 25 May 2018 (exclusive) and 9 November 2022 (inclusive). */
    public static ClassVersionDraft court(
            List<SubClass> subClasses, ResidenceRegime abroad, boolean registrantCountry) {
        return court(subClasses, abroad, registrantCountry, false, true);
    }

    public static ClassVersionDraft court(
            List<SubClass> subClasses,
            ResidenceRegime abroad,
            boolean registrantCountry,
            boolean startInclusive,
            boolean endInclusive) {
        return new ClassVersionDraft(
                LocalDate.of(2024, 1, 10),
                new CourtSource("Rechtbank Amsterdam", LocalDate.of(2024, 1, 10), "C/13/000000", null),
                subClasses,
                new ClassCriteria(
                        Map.of("NL", ResidenceRegime.OPT_OUT),
                        abroad,
                        registrantCountry,
                        new PeriodBoundary(LocalDate.of(2018, 5, 25), startInclusive, false),
                        new PeriodBoundary(LocalDate.of(2022, 11, 9), endInclusive, true),
                        18,
                        Map.of()));
    }
}
