package nl.claimdesk.registration.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A name is missing when nothing but spaces was typed, and invalid when too long or holding control characters. */
class PersonNameValidatorTest {

    record Person(
            @PersonName(message = "form.firstName.missing") String firstName) {}

    @ParameterizedTest(name = "[{0}] x{1}: {2}")
    @CsvSource(
            nullValues = "null",
            value = {
                "Anna, 1, ''",
                "' Anna ', 1, ''",
                "Jean-Luc O'Neill, 1, ''",
                "Zoë, 1, ''",
                "a, 100, ''",
                "a, 101, firstName: form.name.invalid",
                "'', 1, firstName: form.firstName.missing",
                "'   ', 1, firstName: form.firstName.missing",
                "null, 1, firstName: form.firstName.missing",
            })
    void aNameIsCheckedAsTyped(String typed, int times, String problem) {
        String name = typed == null ? null : typed.repeat(times);
        List<String> expected = problem.isEmpty() ? List.of() : List.of(problem);

        assertThat(Constraints.problems(new Person(name))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "a name with U+{0}")
    @CsvSource({"0000", "0009", "000A", "001B", "007F", "0085"})
    void aControlCharacterMakesANameInvalid(String codePoint) {
        String name = "An" + Character.toString(Integer.parseInt(codePoint, 16)) + "na";

        assertThat(Constraints.problems(new Person(name))).containsExactly("firstName: form.name.invalid");
    }

    @ParameterizedTest(name = "{0} characters around spaces")
    @CsvSource({"100, ''", "101, INVALID"})
    void theLengthIsCountedWithoutTheSpacesAround(int length, String problem) {
        String name = "  " + "b".repeat(length) + "  ";

        assertThat(PersonNameValidator.problem(name, PersonName.MAXIMUM_LENGTH))
                .isEqualTo(problem.isEmpty() ? null : PersonNameValidator.Problem.valueOf(problem));
    }
}
