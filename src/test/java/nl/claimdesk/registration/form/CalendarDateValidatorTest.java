package nl.claimdesk.registration.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.claimdesk.registration.eligibility.DateInput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A date typed in three fields is reported with the key of its problem, judged on the application's clock. */
class CalendarDateValidatorTest {

    record Received(
            @CalendarDate(message = "bo.withdraw.received.") DateInput received) {}

    record Born(@CalendarDate DateInput born) {}

    @ParameterizedTest(name = "{0}-{1}-{2}: {3}")
    @CsvSource(
            nullValues = "null",
            value = {
                "1, 7, 2026, ''",
                "29, 2, 2024, ''",
                "' 3 ', ' 12 ', ' 1990 ', ''",
                "2, 7, 2026, IN_FUTURE",
                "1, 1, 2027, IN_FUTURE",
                "29, 2, 2023, IMPOSSIBLE",
                "31, 4, 2000, IMPOSSIBLE",
                "1, 13, 2000, IMPOSSIBLE",
                "0, 1, 2000, IMPOSSIBLE",
                "1, 1, 999, IMPOSSIBLE",
                "1, 7, 1906, ''",
                "30, 6, 1906, TOO_OLD",
                "'', 1, 2000, MISSING",
                "1, null, 2000, MISSING",
                "'  ', 1, 2000, MISSING",
                "a, 1, 2000, NOT_A_NUMBER",
                "1, 1, ٢٠٠٠, NOT_A_NUMBER",
                "1, 1, 20000, NOT_A_NUMBER",
            })
    void aTypedDateIsAProblemUnlessItIsARealPastDate(String day, String month, String year, String problem) {
        List<String> expected = problem.isEmpty() ? List.of() : List.of("received: bo.withdraw.received." + problem);

        assertThat(Constraints.problems(new Received(new DateInput(day, month, year))))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"'', born: form.date.MISSING", "31-2-2000, born: form.date.IMPOSSIBLE", "1-1-2000, ''"})
    void aDateOfBirthUsesTheDateOfBirthMessages(String typed, String problem) {
        String[] parts = typed.isEmpty() ? new String[] {"", "", ""} : typed.split("-");
        List<String> expected = problem.isEmpty() ? List.of() : List.of(problem);

        assertThat(Constraints.problems(new Born(new DateInput(parts[0], parts[1], parts[2]))))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "absent date")
    @CsvSource("born: form.date.MISSING")
    void anAbsentDateIsMissing(String problem) {
        assertThat(Constraints.problems(new Born(null))).containsExactly(problem);
    }
}
