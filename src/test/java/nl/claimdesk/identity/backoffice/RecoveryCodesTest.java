package nl.claimdesk.identity.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Recovery codes are stored as a plain hash, so each must carry at least 112 bits of chance. */
class RecoveryCodesTest {

    @Test
    void aCodeHasAtLeast112BitsOfChance() {
        assertThat(RecoveryCodes.ALPHABET.chars().distinct().count()).isEqualTo(RecoveryCodes.ALPHABET.length());
        assertThat(RecoveryCodes.entropyBits()).isGreaterThanOrEqualTo(112);
    }

    @Test
    void codesAreDrawnFromTheWholeAlphabetInGroupsAndNeverRepeat() {
        Set<String> codes = new HashSet<>();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            String code = RecoveryCodes.newCode();
            assertThat(code).matches("([" + RecoveryCodes.ALPHABET + "]{6}-){3}[" + RecoveryCodes.ALPHABET + "]{6}");
            code.replace("-", "").chars().forEach(seen::add);
            codes.add(code);
        }
        assertThat(codes).hasSize(2_000);
        assertThat(seen).hasSize(RecoveryCodes.ALPHABET.length());
    }

    @ParameterizedTest(name = "[{0}] is read as [{1}]")
    @CsvSource({
        "abcdef-ghjkmn-pqrstu-vwxyz2, abcdef-ghjkmn-pqrstu-vwxyz2",
        "ABCDEF GHJKMN PQRSTU VWXYZ2, abcdef-ghjkmn-pqrstu-vwxyz2",
        "abcdefghjkmnpqrstuvwxyz2,    abcdef-ghjkmn-pqrstu-vwxyz2",
        "' abcdef-ghjkmn pqrstu-VWXYZ2 ', abcdef-ghjkmn-pqrstu-vwxyz2",
        "abcdef,                      abcdef"
    })
    void typedCodesAreReadWhateverTheirCaseSpacesOrDashes(String typed, String read) {
        assertThat(RecoveryCodes.normalise(typed)).isEqualTo(read);
    }
}
