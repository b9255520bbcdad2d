package nl.claimdesk.registration.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import nl.claimdesk.campaign.EligibilityRules;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EligibilityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    /** The rule sets a row names: the TikTok claim, and made-up campaigns that differ on every rule. */
    private static final Map<String, EligibilityRules> RULES = Map.of(
            "TIKTOK", new EligibilityRules(LocalDate.of(2018, 5, 25), 18, 18, true, true),
            // Any user since 2019 may claim, adult or not; only people of 21 sign up; children are of age at 16.
            "OTHER", new EligibilityRules(LocalDate.of(2019, 1, 1), 21, 16, false, false),
            // Like TikTok, but the reference date falls on 28 February, the day before a leap-day child comes of age.
            "LEAP", new EligibilityRules(LocalDate.of(2018, 2, 28), 18, 18, true, true));

    @ParameterizedTest(name = "{0} on {1}: born {2} -> {3}")
    @CsvSource({
        "TIKTOK, 2026-11-28, 2008-11-28, ALLOWED",
        "TIKTOK, 2026-11-28, 2008-11-29, REGISTRANT_TOO_YOUNG",
        "TIKTOK, 2026-11-28, 1906-11-28, ALLOWED",
        "TIKTOK, 2026-02-28, 2008-02-29, REGISTRANT_TOO_YOUNG",
        "TIKTOK, 2026-03-01, 2008-02-29, ALLOWED",
        "TIKTOK, 2028-02-28, 2010-02-28, ALLOWED",
        "TIKTOK, 2028-02-28, 2010-03-01, REGISTRANT_TOO_YOUNG",
        "OTHER,  2026-11-28, 2005-11-28, ALLOWED",
        "OTHER,  2026-11-28, 2005-11-29, REGISTRANT_TOO_YOUNG",
        "OTHER,  2026-11-28, 2008-11-28, REGISTRANT_TOO_YOUNG",
    })
    void registrantMustBeOldEnough(String rules, LocalDate today, LocalDate born, String expected) {
        Eligibility eligibility = new Eligibility(RULES.get(rules), today);

        assertThat(outcome(eligibility.registrant(born))).isEqualTo(expected);
    }

    // An unquoted empty end year is null: still using.
    @ParameterizedTest(name = "{0}: child born {1}, use {2}-{3} -> {4}")
    @CsvSource({
        // 17 years and 364 days old today, versus 18 today
        "TIKTOK, 2008-11-29, 2020,     , ALLOWED",
        "TIKTOK, 2008-11-28, 2020,     , CHILD_ALREADY_ADULT",
        // coming of age is checked first, whatever the use
        "TIKTOK, 2008-11-28, 2009, 2010, CHILD_ALREADY_ADULT",
        // use ending in 2017 lies wholly before 25 May 2018; ending in 2018 may include days after it
        "TIKTOK, 2012-01-01, 2016, 2017, USE_ONLY_BEFORE_REFERENCE_DATE",
        "TIKTOK, 2012-01-01, 2016, 2018, ALLOWED",
        "TIKTOK, 2012-01-01, 2018, 2018, ALLOWED",
        "TIKTOK, 2012-01-01, 2012, 2013, USE_ONLY_BEFORE_REFERENCE_DATE",
        "TIKTOK, 2015-07-01, 2026, 2026, ALLOWED",
        // born after the reference date: every day of use counts
        "TIKTOK, 2019-03-01, 2019,     , ALLOWED",
        // children are of age at 16 here, and use must reach 2019
        "OTHER,  2010-11-28, 2020,     , CHILD_ALREADY_ADULT",
        "OTHER,  2010-11-29, 2020,     , ALLOWED",
        "OTHER,  2010-11-29, 2016, 2018, USE_ONLY_BEFORE_REFERENCE_DATE",
        "OTHER,  2010-11-29, 2016, 2019, ALLOWED",
    })
    void childMustBeAMinorWhoUsedTheServiceAfterTheReferenceDate(
            String rules, LocalDate born, int startYear, @Nullable Integer endYear, String expected) {
        Eligibility eligibility = new Eligibility(RULES.get(rules), TODAY);

        assertThat(outcome(eligibility.child(born, new UsePeriod(startYear, endYear))))
                .isEqualTo(expected);
    }

    // An unquoted empty end year is null: still using.
    @ParameterizedTest(name = "{0}: born {1}, use {2}-{3} -> {4}")
    @CsvSource({
        // 18 on 2017-01-01, so an adult on every day from 25 May 2018
        "TIKTOK, 1999-01-01, 2016, 2018, NOT_A_MINOR_DURING_USE",
        // a minor until 2019-06-01
        "TIKTOK, 2001-06-01, 2018, 2019, ALLOWED",
        // 18 on 2018-05-26, so 25 May 2018 was a day of use as a minor; versus 18 on the reference date itself
        "TIKTOK, 2000-05-26, 2018, 2018, ALLOWED",
        "TIKTOK, 2000-05-25, 2018, 2018, NOT_A_MINOR_DURING_USE",
        // use before the reference date is refused as such, before asking whether they were a minor
        "TIKTOK, 1990-01-01, 2010, 2017, USE_ONLY_BEFORE_REFERENCE_DATE",
        "TIKTOK, 2005-01-01, 2015, 2017, USE_ONLY_BEFORE_REFERENCE_DATE",
        // still using: a minor on 25 May 2018 versus already of age then
        "TIKTOK, 2008-01-01, 2017,     , ALLOWED",
        "TIKTOK, 2000-05-25, 2017,     , NOT_A_MINOR_DURING_USE",
        // starting only after coming of age
        "TIKTOK, 2003-01-01, 2021, 2022, NOT_A_MINOR_DURING_USE",
        "TIKTOK, 2003-01-01, 2020, 2022, ALLOWED",
        // born on 29 February 2000: still 17 on 28 February 2018, of age on 1 March
        "LEAP,   2000-02-29, 2018, 2018, ALLOWED",
        "LEAP,   2000-02-28, 2018, 2018, NOT_A_MINOR_DURING_USE",
        "LEAP,   2000-03-01, 2017, 2017, USE_ONLY_BEFORE_REFERENCE_DATE",
        // adults who used it since 2019 claim too; 2018 is now before the reference date
        "OTHER,  1999-01-01, 2016, 2018, USE_ONLY_BEFORE_REFERENCE_DATE",
        "OTHER,  1999-01-01, 2016, 2019, ALLOWED",
        "OTHER,  1960-01-01, 2024,     , ALLOWED",
        "OTHER,  1999-01-01, 2016,     , ALLOWED",
    })
    void selfMustHaveUsedTheServiceAfterTheReferenceDate(
            String rules, LocalDate born, int startYear, @Nullable Integer endYear, String expected) {
        Eligibility eligibility = new Eligibility(RULES.get(rules), TODAY);

        assertThat(outcome(eligibility.self(born, new UsePeriod(startYear, endYear))))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"TIKTOK, ALLOWED", "OTHER, SUPPORTERS_NOT_ALLOWED"})
    void supportersOnlyWhereTheCampaignTakesThem(String rules, String expected) {
        Eligibility eligibility = new Eligibility(RULES.get(rules), TODAY);

        assertThat(outcome(eligibility.supporter())).isEqualTo(expected);
    }

    @Test
    void useThatEndsBeforeBirthIsAProgrammingError() {
        Eligibility eligibility = new Eligibility(RULES.get("TIKTOK"), TODAY);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> eligibility.self(LocalDate.of(2020, 6, 1), new UsePeriod(2018, 2019)));
    }

    private static String outcome(Optional<Refusal> refusal) {
        return refusal.map(Refusal::name).orElse("ALLOWED");
    }
}
