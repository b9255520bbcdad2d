package nl.claimdesk.registration.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An address is missing when nothing was typed, and invalid when it is no address we can mail. */
class EmailTextValidatorTest {

    record Address(@EmailText String email) {}

    @ParameterizedTest(name = "[{0}]: {1}")
    @CsvSource(
            nullValues = "null",
            value = {
                "anna@example.org, ''",
                "' anna@example.org ', ''",
                "'', email: form.email.missing",
                "'  ', email: form.email.missing",
                "null, email: form.email.missing",
                "anna, email: form.email.invalid",
                "anna@, email: form.email.invalid",
                "@example.org, email: form.email.invalid",
            })
    void anAddressIsCheckedAsTyped(String typed, String problem) {
        List<String> expected = problem.isEmpty() ? List.of() : List.of(problem);

        assertThat(Constraints.problems(new Address(typed))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} characters")
    @CsvSource({"254, ''", "255, email: form.email.invalid"})
    void anAddressHasAtMost254Characters(int length, String problem) {
        String typed = "a".repeat(length - "@example.org".length()) + "@example.org";

        assertThat(typed).hasSize(length);
        assertThat(Constraints.problems(new Address(typed)))
                .isEqualTo(problem.isEmpty() ? List.of() : List.of(problem));
    }
}
