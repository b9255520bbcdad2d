package nl.claimdesk.registration.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateInputTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    // An unquoted empty cell is null (not submitted), '' an empty field. Expected is a date or a problem.
    @ParameterizedTest(name = "[{0}] [{1}] [{2}] -> {3}")
    @CsvSource({
        "28,        11,      2026,     2026-11-28",
        "29,        11,      2026,     IN_FUTURE",
        "1,         12,      2026,     IN_FUTURE",
        "1,         1,       9999,     IN_FUTURE",
        "5,         3,       2010,     2010-03-05",
        "05,        03,      2010,     2010-03-05",
        "0005,      0003,    2010,     2010-03-05",
        "' 5 ',     ' 3 ',   ' 2010 ', 2010-03-05",
        "'\t5\n',   3,       2010,     2010-03-05",
        "00005,     3,       2010,     NOT_A_NUMBER",
        "5,         3,       02010,    NOT_A_NUMBER",
        "30,        4,       2010,     2010-04-30",
        "31,        4,       2010,     IMPOSSIBLE",
        "31,        12,      2010,     2010-12-31",
        "32,        1,       2010,     IMPOSSIBLE",
        "0,         1,       2010,     IMPOSSIBLE",
        "1,         0,       2010,     IMPOSSIBLE",
        "1,         13,      2010,     IMPOSSIBLE",
        "28,        2,       2023,     2023-02-28",
        "29,        2,       2023,     IMPOSSIBLE",
        "29,        2,       2024,     2024-02-29",
        "29,        2,       2000,     2000-02-29",
        // 1900 is divisible by 100 but not by 400, so it has no 29 February
        "29,        2,       1900,     IMPOSSIBLE",
        "1,         1,       999,      IMPOSSIBLE",
        "1,         1,       0999,     IMPOSSIBLE",
        "1,         1,       1000,     TOO_OLD",
        // exactly 120 years before today is the earliest date allowed
        "28,        11,      1906,     1906-11-28",
        "27,        11,      1906,     TOO_OLD",
        "a,         1,       2010,     NOT_A_NUMBER",
        "1,         jan,     2010,     NOT_A_NUMBER",
        "1,         1,       '20 10',  NOT_A_NUMBER",
        "1.5,       1,       2010,     NOT_A_NUMBER",
        "-1,        1,       2010,     NOT_A_NUMBER",
        "+1,        1,       2010,     NOT_A_NUMBER",
        "\u0665,    1,       2010,     NOT_A_NUMBER",
        "'',        1,       2010,     MISSING",
        "1,         '',      2010,     MISSING",
        "1,         1,       '',       MISSING",
        "'   ',     1,       2010,     MISSING",
        ",          1,       2010,     MISSING",
        ",          ,        ,         MISSING",
        "'',        x,       99999,    MISSING",
        "x,         13,      2010,     NOT_A_NUMBER",
    })
    void checksTheTypedDate(@Nullable String day, @Nullable String month, @Nullable String year, String expected) {
        DateCheck check = new DateInput(day, month, year).check(TODAY);

        String outcome = switch (check) {
            case DateCheck.Valid(LocalDate date) -> date.toString();
            case DateCheck.Invalid(DateProblem problem) -> problem.name();
        };
        assertThat(outcome).isEqualTo(expected);
    }
}
