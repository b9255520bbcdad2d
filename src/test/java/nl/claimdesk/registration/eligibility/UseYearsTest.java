package nl.claimdesk.registration.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UseYearsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final LocalDate BORN = LocalDate.of(2010, 6, 15);

    // An unquoted empty cell is null (field not submitted); '' is an empty field. A valid period reads "start-end",
    // with nothing after the dash when still using; a problem reads "FIELD:PROBLEM".
    @ParameterizedTest(name = "[{0}] still={1} [{2}] -> {3}")
    @CsvSource({
        "2018,     false, 2020,     2018-2020",
        "' 2018 ', false, ' 2020 ', 2018-2020",
        "2018,     false, 2018,     2018-2018",
        "2010,     false, 2026,     2010-2026",
        "2026,     false, 2026,     2026-2026",
        "2018,     true,  ,         2018-",
        "2018,     true,  '',       2018-",
        "2018,     true,  abc,      2018-",
        "2018,     true,  2017,     2018-",
        "2026,     true,  ,         2026-",
        ",         false, 2020,     START:MISSING",
        "'',       false, 2020,     START:MISSING",
        "'  ',     true,  ,         START:MISSING",
        "20a8,     false, 2020,     START:NOT_A_NUMBER",
        "18,       false, 2020,     START:NOT_A_NUMBER",
        "02018,    false, 2020,     START:NOT_A_NUMBER",
        "-2018,    false, 2020,     START:NOT_A_NUMBER",
        "2009,     false, 2020,     START:BEFORE_BIRTH",
        "0999,     false, 2020,     START:BEFORE_BIRTH",
        "2027,     true,  ,         START:IN_FUTURE",
        "2027,     false, 2028,     START:IN_FUTURE",
        "x,        false, x,        START:NOT_A_NUMBER",
        "2018,     false, ,         END:MISSING",
        "2018,     false, '',       END:MISSING",
        "2018,     false, twenty,   END:NOT_A_NUMBER",
        "2018,     false, 20,       END:NOT_A_NUMBER",
        "2018,     false, 2027,     END:IN_FUTURE",
        "2018,     false, 2017,     END:BEFORE_START",
        "2018,     false, 2009,     END:BEFORE_START",
    })
    void checksTheTypedYears(@Nullable String start, boolean stillUsing, @Nullable String end, String expected) {
        UseYearsCheck check = new UseYears(start, stillUsing, end).check(BORN, TODAY);

        String outcome = switch (check) {
            case UseYearsCheck.Valid(UsePeriod period) ->
                period.startYear() + "-" + (period.endYear() == null ? "" : period.endYear());
            case UseYearsCheck.Invalid(UseYears.Field field, YearProblem problem) -> field + ":" + problem;
        };
        assertThat(outcome).isEqualTo(expected);
    }

    // An unquoted empty end is null: still using.
    @ParameterizedTest(name = "{0}-{1} -> {2} .. {3}")
    @CsvSource({
        "2018, 2020, 2018-01-01, 2020-12-31",
        "2018, 2018, 2018-01-01, 2018-12-31",
        "2018,     , 2018-01-01, 2026-11-28",
        "2026, 2026, 2026-01-01, 2026-11-28",
        "2024, 2026, 2024-01-01, 2026-11-28",
    })
    void boundsThePossibleDaysOfUse(int start, @Nullable Integer end, LocalDate first, LocalDate last) {
        UsePeriod period = new UsePeriod(start, end);

        assertThat(period.firstPossibleDay()).isEqualTo(first);
        assertThat(period.lastPossibleDay(TODAY)).isEqualTo(last);
    }

    @Test
    void aPeriodCannotEndBeforeItStarts() {
        assertThatIllegalArgumentException().isThrownBy(() -> new UsePeriod(2018, 2017));
    }
}
