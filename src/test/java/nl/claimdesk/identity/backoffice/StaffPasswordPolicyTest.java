package nl.claimdesk.identity.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import nl.claimdesk.TestSettings;
import nl.claimdesk.identity.internal.IdentitySettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StaffPasswordPolicyTest {

    private final StaffPasswordPolicy policy = new StaffPasswordPolicy(TestSettings.bind(IdentitySettings.class));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "ok",
            value = {
                // length: 14 refused, 15 accepted, counted in characters of any script, at most 128
                "fourteen chars|staff.password.tooShort",
                "fifteen chars!!|ok",
                "лошадь батарея скоба правильно|ok",
                "長い文章を覚えるのは簡単だと思います長い文章を覚えるのは簡単だと思います長い文章を覚えるのは簡単だと思います長い文章を覚えるのは|ok",
                "🐴🔋📎✅🐴🔋📎✅🐴🔋📎✅🐴🔋|staff.password.tooShort",
                "🐴🔋📎✅🐴🔋📎✅🐴🔋📎✅🐴🔋📎|ok",
                // on the shipped list of breached passwords, in any case
                "1qaz2wsx3edc4rfv|staff.password.known",
                "1QAZ2WSX3EDC4RFV|staff.password.known",
                "correcthorsebatterystaple|staff.password.known",
                // a listed password repeated, or followed by digits and symbols
                "passwordpassword|staff.password.known",
                "dragon123456789!|staff.password.known",
                "wachtwoord2026!!|staff.password.known",
                // runs along the keyboard, the alphabet or the digits, and one character repeated
                "qwertyuiopasdfgh|staff.password.known",
                "abcdefghijklmnop|staff.password.known",
                "987654321098765|staff.password.known",
                "aaaaaaaaaaaaaaaa|staff.password.known",
                "abcabcabcabcabca|staff.password.known",
                // ordinary passphrases
                "the tram to Sloterdijk is late|ok",
                "Mijn kat heet Bas en eet vis|ok"
            })
    void judgesPasswords(String password, String expected) {
        assertThat(policy.problem(password)).isEqualTo(Optional.ofNullable(expected));
    }

    @org.junit.jupiter.api.Test
    void aPasswordOfAHundredAndTwentyNineCharactersIsTooLong() {
        assertThat(policy.problem("ik onthoud dit ".repeat(9).substring(0, 128)))
                .isEmpty();
        assertThat(policy.problem("ik onthoud dit ".repeat(9).substring(0, 129)))
                .contains("staff.password.tooLong");
    }
}
