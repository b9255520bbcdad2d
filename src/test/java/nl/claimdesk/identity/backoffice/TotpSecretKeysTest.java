package nl.claimdesk.identity.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.util.Base64;
import nl.claimdesk.ProductionStart;
import nl.claimdesk.TestSettings;
import nl.claimdesk.identity.internal.IdentitySettings;
import nl.claimdesk.infrastructure.SiteSecrets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.env.MockEnvironment;

/** The keys for the staff's TOTP secrets come from configuration; production does not start without one. */
class TotpSecretKeysTest {

    static final String KEY_A = Base64.getEncoder().encodeToString(new byte[32]);
    static final String KEY_B = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    /** The keys of a {@code claimdesk.staff.totp-keys} setting. */
    static TotpSecretKeys keys(String setting) {
        return new TotpSecretKeys(
                TestSettings.bind(IdentitySettings.class, "claimdesk.staff.totp-keys=" + setting),
                mock(SiteSecrets.class));
    }

    @Test
    void theFirstKeyEncryptsAndEveryKeyDecrypts() {
        TotpSecretKeys keys = keys("2026b:" + KEY_B + ", 2026a:" + KEY_A);

        assertThat(keys.currentId()).isEqualTo("2026b");
        assertThat(keys.key("2026a")).isPresent();
        assertThat(keys.key("2026b")).isPresent();
        assertThat(keys.key("2025z")).isEmpty();
    }

    @Test
    void withoutConfigurationTheDemoKeyEncrypts() {
        assertThat(keys("").currentId()).isEqualTo(TotpSecretKeys.DEMO_ID);
    }

    @ParameterizedTest(name = "[{0}] is refused: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "no-colon-here|own id",
                ":" + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=|own id",
                "demo:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=|own id",
                "a:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=,a:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=|own id",
                "a b:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=|own id",
                "a:not base64!|not base64",
                "a:AAAAAAAAAAAAAAAAAAAAAA==|16 bytes instead of 32"
            })
    void aMalformedSettingIsRefusedNamingTheSetting(String setting, String problem) {
        assertThatThrownBy(() -> TotpSecretKeys.parse(setting))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(TotpSecretKeys.SETTING)
                .hasMessageContaining(problem);
    }

    @Test
    void productionWithoutAKeyIsRefusedNamingTheSetting() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("prod");

        assertThatThrownBy(() -> TotpSecretKeys.requireKeysInProduction(environment))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CLAIMDESK_STAFF_TOTP_KEYS is not set");
    }

    @Test
    void productionWithAKeyAndDemoModeWithoutOneStart() {
        MockEnvironment production = new MockEnvironment().withProperty(TotpSecretKeys.PROPERTY, "k1:" + KEY_A);
        production.setActiveProfiles("prod");

        assertThatCode(() -> TotpSecretKeys.requireKeysInProduction(production)).doesNotThrowAnyException();
        assertThatCode(() -> TotpSecretKeys.requireKeysInProduction(new MockEnvironment()))
                .doesNotThrowAnyException();
    }

    @Test
    void theProductionConfigurationRefusesToStartWithoutAKey() {
        assertThat(ProductionStart.refusal("--" + TotpSecretKeys.PROPERTY + "="))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(TotpSecretKeys.SETTING);
    }
}
