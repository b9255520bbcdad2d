package nl.claimdesk.registration.internal.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameFoldingTest {

    @ParameterizedTest(name = "{0} folds to {1}")
    @CsvSource({
        "Zoë, zoe",
        "ÉLODIE, elodie",
        "Łukasz, lukasz",
        "łucja, lucja",
        "ØSTERGAARD, ostergaard",
        "Søren, soren",
        "Đorđević, dordevic",
        "Ħamrun, hamrun",
        "Straße, strasse",
        "Ærø, aero",
        "Cœur, coeur",
        "Yıldız, yildiz",
        "Dvořák, dvorak",
        "Müller-Lüdenscheidt, muller-ludenscheidt",
    })
    void lettersWithoutTheKeyboardForThemAreSpelledPlainly(String typed, String folded) {
        assertThat(NameFolding.fold(typed)).isEqualTo(folded);
    }

    @ParameterizedTest(name = "{0} and {1} are one search and one child")
    @CsvSource({
        "Łukasz Wróbel, lukasz wrobel",
        "Søren Ødegaard, Soren Odegaard",
        "ĐURĐA, Durda",
    })
    void aSearchAndTheRecognitionOfAChildFindBothSpellings(String written, String typed) {
        assertThat(SearchKeys.name(typed)).isEqualTo(SearchKeys.name(written));
        LocalDate born = LocalDate.EPOCH;
        assertThat(ClaimantIdentity.key(typed, "Kowalski", born))
                .isEqualTo(ClaimantIdentity.key(written, "Kowalski", born));
    }
}
