package nl.claimdesk.payout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The IBAN check against the example IBAN the SWIFT IBAN registry (release 99) publishes for every SEPA country: each
 * is accepted, and every change of one of its digits into another digit is refused.
 */
class IbanTest {

    static Stream<String> sepaExamples() {
        return Stream.of(
                "AD1200012030200359100100",
                "AL47212110090000000235698741",
                "AT611904300234573201",
                "BE68539007547034",
                "BG80BNBG96611020345678",
                "CH9300762011623852957",
                "CY17002001280000001200527600",
                "CZ6508000000192000145399",
                "DE89370400440532013000",
                "DK5000400440116243",
                "EE382200221020145685",
                "ES9121000418450200051332",
                "FI2112345600000785",
                "FR1420041010050500013M02606",
                "GB29NWBK60161331926819",
                "GI75NWBK000000007099453",
                "GR1601101250000000012300695",
                "HR1210010051863000160",
                "HU42117730161111101800000000",
                "IE29AIBK93115212345678",
                "IS140159260076545510730339",
                "IT60X0542811101000000123456",
                "LI21088100002324013AA",
                "LT121000011101001000",
                "LU280019400644750000",
                "LV80BANK0000435195001",
                "MC5811222000010123456789030",
                "MD24AG000225100013104168",
                "ME25505000012345678951",
                "MK07250120000058984",
                "MT84MALT011000012345MTLCAST001S",
                "NL91ABNA0417164300",
                "NO9386011117947",
                "PL61109010140000071219812874",
                "PT50000201231234567890154",
                "RO49AAAA1B31007593840000",
                "SE4550000000058398257466",
                "SI56263300012039086",
                "SK3112000000198742637541",
                "SM86U0322509800000000270100",
                "VA59001123000012345678");
    }

    @Test
    void everySepaCountryHasAnExample() {
        assertThat(sepaExamples().map(iban -> iban.substring(0, 2)))
                .containsExactlyInAnyOrderElementsOf(Iban.SEPA_COUNTRIES);
    }

    @ParameterizedTest
    @MethodSource("sepaExamples")
    void thePublishedExampleIsValid(String example) {
        Iban.Check check = Iban.check(example);

        assertThat(check.problem()).isEmpty();
        assertThat(check.iban()).get().extracting(Iban::electronic).isEqualTo(example);
    }

    @ParameterizedTest
    @MethodSource("sepaExamples")
    void everySingleDigitChangeIsRefused(String example) {
        List<String> accepted = new ArrayList<>();
        for (int position = 2; position < example.length(); position++) {
            char original = example.charAt(position);
            if (!Character.isDigit(original)) {
                continue;
            }
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit == original) {
                    continue;
                }
                String changed = example.substring(0, position) + digit + example.substring(position + 1);
                if (Iban.check(changed).iban().isPresent()) {
                    accepted.add(changed);
                }
            }
        }
        assertThat(accepted).isEmpty();
    }

    @Test
    void aWrongCheckDigitIsNamedAsSuch() {
        assertThat(Iban.check("NL92ABNA0417164300").problem()).contains(Iban.Problem.CHECK_DIGITS);
    }

    @Test
    void spacesAndLowerCaseAsPeopleTypeThemAreAccepted() {
        assertThat(Iban.check(" nl91 abna 0417 1643 00 ").iban())
                .get()
                .extracting(Iban::electronic)
                .isEqualTo("NL91ABNA0417164300");
    }

    @Test
    void aValidIbanOutsideSepaIsRefused() {
        // The registry's example for Saudi Arabia: a correct IBAN, but not one a SEPA credit transfer reaches.
        assertThat(Iban.check("SA0380000000608010167519").problem()).contains(Iban.Problem.NOT_SEPA);
    }

    @Test
    void aWrongLengthOrNothingAtAllIsRefused() {
        assertThat(Iban.check("NL91ABNA041716430").problem()).contains(Iban.Problem.FORMAT);
        assertThat(Iban.check("   ").problem()).contains(Iban.Problem.MISSING);
        assertThat(Iban.check("hello").problem()).contains(Iban.Problem.FORMAT);
    }

    @Test
    void theMaskShowsTheCountryAndTheLastFourOnly() {
        Iban iban = Iban.check("NL91ABNA0417164300").iban().orElseThrow();

        assertThat(iban.masked()).isEqualTo("NL•• •••• •••• •••• 4300");
        assertThat(iban.toString()).doesNotContain("0417");
    }
}
