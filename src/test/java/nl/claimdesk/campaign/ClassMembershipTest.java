package nl.claimdesk.campaign;

import static nl.claimdesk.campaign.TestClassVersions.ADULTS;
import static nl.claimdesk.campaign.TestClassVersions.MINORS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every boundary of the class criteria, against a period from 25 May 2018 to 9 November 2022. A claimant whose use
 * can only have been on one day (born that day, evaluated that day) pins a boundary to the day.
 */
class ClassMembershipTest {

    private static final LocalDate EVALUATED_ON = LocalDate.of(2026, 12, 7);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        # case                                       | born       | from | until | residence | registrant | as of      | start incl | end incl | sub-classes    | abroad   | registrant counts | expected
        first day, start exclusive: outside          | 2018-05-25 | 2018 | -     | NL        | NL         | 2018-05-25 | false      | true     | MINORS         | EXCLUDED | true              | OUTSIDE USE_OUTSIDE_PERIOD
        first day, start inclusive: in               | 2018-05-25 | 2018 | -     | NL        | NL         | 2018-05-25 | true       | true     | MINORS         | EXCLUDED | true              | IN_CLASS MINORS OPT_OUT
        day after, start exclusive: in               | 2018-05-26 | 2018 | -     | NL        | NL         | 2018-05-26 | false      | true     | MINORS         | EXCLUDED | true              | IN_CLASS MINORS OPT_OUT
        last day, end inclusive: in                  | 2022-11-09 | 2022 | 2022  | NL        | NL         | 2022-11-09 | false      | true     | MINORS         | EXCLUDED | true              | IN_CLASS MINORS OPT_OUT
        last day, end exclusive: outside             | 2022-11-09 | 2022 | 2022  | NL        | NL         | 2022-11-09 | false      | false    | MINORS         | EXCLUDED | true              | OUTSIDE USE_OUTSIDE_PERIOD
        day before last, end exclusive: in           | 2022-11-08 | 2022 | 2022  | NL        | NL         | 2022-11-08 | false      | false    | MINORS         | EXCLUDED | true              | IN_CLASS MINORS OPT_OUT
        day after last, end inclusive: outside       | 2022-11-10 | 2022 | -     | NL        | NL         | 2022-11-10 | false      | true     | MINORS         | EXCLUDED | true              | OUTSIDE USE_OUTSIDE_PERIOD
        whole years inside the period                | 2010-03-01 | 2018 | 2019  | NL        | NL         | 2026-12-07 | false      | true     | MINORS         | EXCLUDED | true              | IN_CLASS MINORS OPT_OUT
        start and end in the start year              | 2010-03-01 | 2018 | 2018  | NL        | NL         | 2026-12-07 | false      | true     | MINORS         | EXCLUDED | true              | INFORMATION_NEEDED USE_END_MONTH
        start in the end year                        | 2010-03-01 | 2022 | 2023  | NL        | NL         | 2026-12-07 | false      | true     | MINORS         | EXCLUDED | true              | INFORMATION_NEEDED USE_START_MONTH
        use only after the period                    | 2010-03-01 | 2023 | -     | NL        | NL         | 2026-12-07 | false      | true     | MINORS         | EXCLUDED | true              | OUTSIDE USE_OUTSIDE_PERIOD
        use only before the period                   | 2005-03-01 | 2015 | 2017  | NL        | NL         | 2026-12-07 | false      | true     | MINORS         | EXCLUDED | true              | OUTSIDE USE_OUTSIDE_PERIOD
        use still going on, open period              | 2010-03-01 | 2016 | -     | NL        | NL         | 2026-12-07 | false      | true     | MINORS         | EXCLUDED | true              | IN_CLASS MINORS OPT_OUT
        18 on the first day: adult                   | 2000-05-26 | 2018 | 2020  | NL        | NL         | 2026-12-07 | false      | true     | MINORS, ADULTS | EXCLUDED | true              | IN_CLASS ADULTS OPT_OUT
        18 on the first day, no adults' sub-class    | 2000-05-26 | 2018 | 2020  | NL        | NL         | 2026-12-07 | false      | true     | MINORS         | EXCLUDED | true              | OUTSIDE AGE_DURING_USE
        18 on the second day: month decides          | 2000-05-27 | 2018 | 2020  | NL        | NL         | 2026-12-07 | false      | true     | MINORS, ADULTS | EXCLUDED | true              | INFORMATION_NEEDED USE_START_MONTH
        18 in a later year of use: minor             | 2002-06-01 | 2018 | 2021  | NL        | NL         | 2026-12-07 | false      | true     | MINORS, ADULTS | EXCLUDED | true              | IN_CLASS MINORS OPT_OUT
        18 before use began                          | 1990-01-01 | 2019 | 2020  | NL        | NL         | 2026-12-07 | false      | true     | MINORS         | EXCLUDED | true              | OUTSIDE AGE_DURING_USE
        born 29 Feb, evaluated 28 Feb: still minor   | 2004-02-29 | 2022 | -     | NL        | NL         | 2022-02-28 | false      | true     | MINORS         | EXCLUDED | true              | IN_CLASS MINORS OPT_OUT
        born 29 Feb, evaluated 1 Mar: month decides  | 2004-02-29 | 2022 | -     | NL        | NL         | 2022-03-01 | false      | true     | MINORS         | EXCLUDED | true              | INFORMATION_NEEDED USE_START_MONTH
        abroad, excluded                             | 2010-03-01 | 2018 | 2020  | -         | BE         | 2026-12-07 | false      | true     | MINORS         | EXCLUDED | true              | OUTSIDE RESIDENCE_EXCLUDED
        abroad, opt-in, none recorded                | 2010-03-01 | 2018 | 2020  | -         | BE         | 2026-12-07 | false      | true     | MINORS         | OPT_IN   | true              | OUTSIDE NOT_OPTED_IN
        abroad, opt-out                              | 2010-03-01 | 2018 | 2020  | -         | BE         | 2026-12-07 | false      | true     | MINORS         | OPT_OUT  | true              | IN_CLASS MINORS OPT_OUT
        own residence beats the registrant's country | 2010-03-01 | 2018 | 2020  | NL        | BE         | 2026-12-07 | false      | true     | MINORS         | EXCLUDED | true              | IN_CLASS MINORS OPT_OUT
        residence unknown                            | 2010-03-01 | 2018 | 2020  | -         | NL         | 2026-12-07 | false      | true     | MINORS         | EXCLUDED | false             | INFORMATION_NEEDED RESIDENCE
        residence unknown, month unknown too         | 2010-03-01 | 2022 | 2023  | -         | NL         | 2026-12-07 | false      | true     | MINORS         | EXCLUDED | false             | INFORMATION_NEEDED RESIDENCE
        residence unknown, use outside               | 2010-03-01 | 2023 | -     | -         | NL         | 2026-12-07 | false      | true     | MINORS         | EXCLUDED | false             | OUTSIDE USE_OUTSIDE_PERIOD
        """)
    void evaluatesEveryBoundary(
            String description,
            LocalDate born,
            int from,
            @Nullable Integer until,
            @Nullable String residence,
            String registrant,
            LocalDate asOf,
            boolean startInclusive,
            boolean endInclusive,
            String subClasses,
            ResidenceRegime abroad,
            boolean registrantCounts,
            String expected) {
        List<SubClass> parts = subClasses.contains("ADULTS") ? List.of(MINORS, ADULTS) : List.of(MINORS);
        ClassVersionDraft version =
                TestClassVersions.court(parts, abroad, registrantCounts, startInclusive, endInclusive);

        Classification outcome =
                ClassMembership.evaluate(version, new ClaimantFacts(born, from, until, residence, registrant), asOf);

        assertThat(describe(outcome)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        # case                                     | born       | from | registrant | abroad   | choice    | expected
        Dutch resident, nothing filed              | 2010-03-01 | 2018 | NL         | OPT_IN   | -         | IN_CLASS MINORS OPT_OUT
        Dutch resident, opted out                  | 2010-03-01 | 2018 | NL         | OPT_IN   | OPTED_OUT | OUTSIDE OPTED_OUT
        Dutch resident, opted in: no difference    | 2010-03-01 | 2018 | NL         | OPT_IN   | OPTED_IN  | IN_CLASS MINORS OPT_OUT
        abroad under opt-in, opted in              | 2010-03-01 | 2018 | BE         | OPT_IN   | OPTED_IN  | IN_CLASS MINORS OPT_IN
        abroad under opt-in, opted out             | 2010-03-01 | 2018 | BE         | OPT_IN   | OPTED_OUT | OUTSIDE OPTED_OUT
        abroad, excluded: opt-in changes nothing   | 2010-03-01 | 2018 | BE         | EXCLUDED | OPTED_IN  | OUTSIDE RESIDENCE_EXCLUDED
        opted out, use outside: the first reason   | 2010-03-01 | 2023 | NL         | OPT_IN   | OPTED_OUT | OUTSIDE USE_OUTSIDE_PERIOD
        opted out while information is needed      | 2010-03-01 | 2022 | NL         | OPT_IN   | OPTED_OUT | OUTSIDE OPTED_OUT
        abroad under opt-in, month still unknown   | 2010-03-01 | 2022 | BE         | OPT_IN   | -         | INFORMATION_NEEDED USE_START_MONTH
        """)
    void takesWhatWasFiledWithTheRegistry(
            String description,
            LocalDate born,
            int from,
            String registrant,
            ResidenceRegime abroad,
            @Nullable RegistryChoice choice,
            String expected) {
        ClassVersionDraft version = TestClassVersions.court(List.of(MINORS), abroad, true, false, true);

        ClaimantFacts facts = new ClaimantFacts(born, from, null, from + 1, null, null, registrant);

        Classification outcome = ClassMembership.evaluate(version, facts, choice, EVALUATED_ON);

        assertThat(describe(outcome)).isEqualTo(expected);
    }

    /**
     * A known month counts whole (docs/adr/0047): it settles what the year alone could not, at the grain of a month,
     * and a residence of the claimant's own beats the registrant's country under every regime.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        # case                                              | born       | from    | until   | residence | registrant | as of      | start incl | end incl | sub-classes    | abroad   | registrant counts | expected
        ended in 2018, month unknown                        | 2010-03-01 | 2018-03 | 2018    | -         | NL         | 2026-12-07 | false      | true     | MINORS         | EXCLUDED | true              | INFORMATION_NEEDED USE_END_MONTH
        ended in April 2018: before the period              | 2010-03-01 | 2018-03 | 2018-04 | -         | NL         | 2026-12-07 | false      | true     | MINORS         | EXCLUDED | true              | OUTSIDE USE_OUTSIDE_PERIOD
        ended in May 2018: the period's first month counts  | 2010-03-01 | 2018-03 | 2018-05 | -         | NL         | 2026-12-07 | false      | true     | MINORS         | EXCLUDED | true              | IN_CLASS MINORS OPT_OUT
        ended in May 2018, start inclusive                  | 2010-03-01 | 2018-03 | 2018-05 | -         | NL         | 2026-12-07 | true       | true     | MINORS         | EXCLUDED | true              | IN_CLASS MINORS OPT_OUT
        started in November 2022: the last month counts     | 2010-03-01 | 2022-11 | 2023    | -         | NL         | 2026-12-07 | false      | true     | MINORS         | EXCLUDED | true              | IN_CLASS MINORS OPT_OUT
        started in November 2022, end exclusive             | 2010-03-01 | 2022-11 | 2023    | -         | NL         | 2026-12-07 | false      | false    | MINORS         | EXCLUDED | true              | IN_CLASS MINORS OPT_OUT
        started in December 2022: after the period          | 2010-03-01 | 2022-12 | 2023    | -         | NL         | 2026-12-07 | false      | true     | MINORS         | EXCLUDED | true              | OUTSIDE USE_OUTSIDE_PERIOD
        started in 2022, month unknown                      | 2010-03-01 | 2022    | -       | -         | NL         | 2026-12-07 | false      | true     | MINORS         | EXCLUDED | true              | INFORMATION_NEEDED USE_START_MONTH
        aged 0 on the last day, end inclusive               | 2022-11-09 | 2022-11 | -       | -         | NL         | 2026-12-07 | false      | true     | MINORS         | EXCLUDED | true              | IN_CLASS MINORS OPT_OUT
        aged 0 on the last day, end exclusive               | 2022-11-09 | 2022-11 | -       | -         | NL         | 2026-12-07 | false      | false    | MINORS         | EXCLUDED | true              | OUTSIDE USE_OUTSIDE_PERIOD
        aged 0 on the first day, start exclusive, then      | 2018-05-25 | 2018-05 | 2018-05 | -         | NL         | 2018-05-25 | false      | true     | MINORS         | EXCLUDED | true              | OUTSIDE USE_OUTSIDE_PERIOD
        aged 0 on the first day, start inclusive, then      | 2018-05-25 | 2018-05 | 2018-05 | -         | NL         | 2018-05-25 | true       | true     | MINORS         | EXCLUDED | true              | IN_CLASS MINORS OPT_OUT
        18 in June 2018, started 2018, month unknown        | 2000-06-15 | 2018    | -       | -         | NL         | 2026-12-07 | false      | true     | MINORS         | EXCLUDED | true              | INFORMATION_NEEDED USE_START_MONTH
        18 in June 2018, started that June: minor first     | 2000-06-15 | 2018-06 | -       | -         | NL         | 2026-12-07 | false      | true     | MINORS         | EXCLUDED | true              | IN_CLASS MINORS OPT_OUT
        18 in June 2018, started in July: adult             | 2000-06-15 | 2018-07 | -       | -         | NL         | 2026-12-07 | false      | true     | MINORS         | EXCLUDED | true              | OUTSIDE AGE_DURING_USE
        18 in June 2018, started in July, adults' sub-class | 2000-06-15 | 2018-07 | -       | -         | NL         | 2026-12-07 | false      | true     | MINORS, ADULTS | EXCLUDED | true              | IN_CLASS ADULTS OPT_OUT
        18 in June 2018, stopped in 2018, month unknown     | 2000-06-15 | 2016    | 2018    | -         | NL         | 2026-12-07 | false      | true     | MINORS         | EXCLUDED | true              | INFORMATION_NEEDED USE_END_MONTH
        18 in June 2018, stopped in April                   | 2000-06-15 | 2016    | 2018-04 | -         | NL         | 2026-12-07 | false      | true     | MINORS         | EXCLUDED | true              | OUTSIDE USE_OUTSIDE_PERIOD
        18 in June 2018, stopped in June                    | 2000-06-15 | 2016    | 2018-06 | -         | NL         | 2026-12-07 | false      | true     | MINORS         | EXCLUDED | true              | IN_CLASS MINORS OPT_OUT
        lives in Belgium, excluded abroad                   | 2010-03-01 | 2019    | 2020    | BE        | NL         | 2026-12-07 | false      | true     | MINORS         | EXCLUDED | true              | OUTSIDE RESIDENCE_EXCLUDED
        lives in Belgium, opt-in abroad                     | 2010-03-01 | 2019    | 2020    | BE        | NL         | 2026-12-07 | false      | true     | MINORS         | OPT_IN   | true              | IN_CLASS MINORS OPT_IN
        lives in Belgium, opt-out abroad                    | 2010-03-01 | 2019    | 2020    | BE        | NL         | 2026-12-07 | false      | true     | MINORS         | OPT_OUT  | true              | IN_CLASS MINORS OPT_OUT
        lives in the Netherlands, parent in Belgium         | 2010-03-01 | 2019    | 2020    | NL        | BE         | 2026-12-07 | false      | true     | MINORS         | EXCLUDED | false             | IN_CLASS MINORS OPT_OUT
        month known, residence unknown                      | 2010-03-01 | 2022-11 | 2023    | -         | NL         | 2026-12-07 | false      | true     | MINORS         | EXCLUDED | false             | INFORMATION_NEEDED RESIDENCE
        """)
    void knownMonthsAndResidenceDecide(
            String description,
            LocalDate born,
            String from,
            @Nullable String until,
            @Nullable String residence,
            String registrant,
            LocalDate asOf,
            boolean startInclusive,
            boolean endInclusive,
            String subClasses,
            ResidenceRegime abroad,
            boolean registrantCounts,
            String expected) {
        List<SubClass> parts = subClasses.contains("ADULTS") ? List.of(MINORS, ADULTS) : List.of(MINORS);
        ClassVersionDraft version =
                TestClassVersions.court(parts, abroad, registrantCounts, startInclusive, endInclusive);
        ClaimantFacts facts = new ClaimantFacts(
                born, year(from), month(from), until == null ? null : year(until), month(until), residence, registrant);

        assertThat(describe(ClassMembership.evaluateFacts(version, facts, asOf)))
                .isEqualTo(expected);
    }

    private static int year(String yearAndMonth) {
        return Integer.parseInt(yearAndMonth.substring(0, 4));
    }

    private static @Nullable Integer month(@Nullable String yearAndMonth) {
        return yearAndMonth == null || yearAndMonth.length() == 4 ? null : Integer.parseInt(yearAndMonth.substring(5));
    }

    static String describe(Classification outcome) {
        return switch (outcome) {
            case Classification.InClass in -> "IN_CLASS " + in.subClass() + " " + in.regime();
            case Classification.Outside outside -> "OUTSIDE " + outside.reason();
            case Classification.InformationNeeded needed -> "INFORMATION_NEEDED " + needed.missing();
        };
    }
}
