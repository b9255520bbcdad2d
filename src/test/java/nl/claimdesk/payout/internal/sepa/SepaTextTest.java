package nl.claimdesk.payout.internal.sepa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SepaTextTest {

    @ParameterizedTest(name = "[{0}] in {1} characters is [{2}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # text                          | length | in the file
            Jan de Vries                    | 70     | Jan de Vries
            "O'Brien-Smit (jr.), 2/3 + ?:"  | 70     | "O'Brien-Smit (jr.), 2/3 + ?:"
            "  Ångström — “Ŝ” 50% @home "   | 140    | Angstrom S 50 home
            "Jan  de   Vries"               | 70     | Jan de Vries
            " Jan de Vries"                 | 70     | Jan de Vries
            "Jan de Vries "                 | 70     | Jan de Vries
            Straße Øster Łódź Þór Æsir      | 70     | Strasse Oster Lodz Thor AEsir
            abc def                         | 5      | abc d
            abcd ef                         | 5      | abcd
            abcdef                          | 6      | abcdef
            abcdefg                         | 6      | abcdef
            €                               | 140    | .
            "   "                           | 140    | .
            ""                              | 140    | .
            Zoë 😀 Jansen                   | 70     | Zoe Jansen
            """)
    void aTextIsWrittenInTheSepaCharacterSet(String text, int length, String expected) {
        assertThat(SepaText.of(text, length)).isEqualTo(expected);
    }

    @Test
    void tabsAndLineBreaksAreSpaces() {
        assertThat(SepaText.of("Jan\tde\r\nVries\n", 70)).isEqualTo("Jan de Vries");
    }

    @ParameterizedTest(name = "{0} cents are {1}")
    @CsvSource({
        "1, 0.01",
        "10, 0.10",
        "99, 0.99",
        "100, 1.00",
        "1250, 12.50",
        "100005, 1000.05",
        "18900000000, 189000000.00"
    })
    void anAmountInCentsIsWrittenWithTwoDecimals(long cents, String written) {
        assertThat(Pain001Writer.euros(cents)).isEqualTo(written);
    }
}
