package nl.claimdesk.payout.internal.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.claimdesk.ProductionStart;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Production never stores an IBAN under the demo key, and a mistyped key setting stops the start. */
class IbanKeysTest {

    private static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

    @Test
    void theProductionConfigurationRefusesToStartWithoutIbanKeys() {
        assertThat(ProductionStart.refusal("--claimdesk.payout.bank.iban-keys="))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CLAIMDESK_PAYOUT_BANK_IBAN_KEYS is not set");
    }

    @Test
    void productionWithAKeyPassesTheCheck() {
        MockEnvironment production = new MockEnvironment().withProperty(IbanKeys.PROPERTY, "2026a:" + KEY);
        production.setActiveProfiles("prod");

        assertThatCode(() -> IbanKeys.requireKeysInProduction(production)).doesNotThrowAnyException();
    }

    @Test
    void aKeyOfTheWrongLengthOrWithoutAnIdIsRefused() {
        assertThatThrownBy(() -> IbanKeys.parse("k1:c2hvcnQ="))
                .hasMessageContaining("the key 'k1' is not 32 bytes in base64");
        assertThatThrownBy(() -> IbanKeys.parse(KEY)).hasMessageContaining("every key needs an id");
        assertThatThrownBy(() -> IbanKeys.parse("demo:" + KEY)).hasMessageContaining("not 'demo'");
        assertThat(IbanKeys.parse("new:" + KEY + ", old:" + KEY)).containsOnlyKeys("new", "old");
    }
}
