package nl.claimdesk.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.claimdesk.ProductionStart;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class PseudonymKeyCheckTest {

    @Test
    void productionRefusesToStartWithoutAPseudonymKey() {
        MockEnvironment production = new MockEnvironment();
        production.setActiveProfiles("prod");

        assertThatThrownBy(() -> PseudonymKeyCheck.requireKeyInProduction(production))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CLAIMDESK_PRIVACY_PSEUDONYM_KEY");
    }

    @Test
    void productionWithAKeyStarts() {
        MockEnvironment production = new MockEnvironment()
                .withProperty("claimdesk.privacy.pseudonym-key", "c2VjcmV0LWtleS1vZi0zMi1ieXRlcy1hdC1sZWFzdCE=");
        production.setActiveProfiles("prod");

        assertThatCode(() -> PseudonymKeyCheck.requireKeyInProduction(production))
                .doesNotThrowAnyException();
    }

    @Test
    void theDemoUsesAKeyInTheDatabase() {
        assertThatCode(() -> PseudonymKeyCheck.requireKeyInProduction(new MockEnvironment()))
                .doesNotThrowAnyException();
    }

    @Test
    void theProductionConfigurationRefusesToStartWithoutAPseudonymKey() {
        assertThat(ProductionStart.refusal("--claimdesk.privacy.pseudonym-key="))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CLAIMDESK_PRIVACY_PSEUDONYM_KEY is not set");
    }
}
