package nl.claimdesk.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.Base64;
import nl.claimdesk.TestSettings;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PseudonymsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            nullValues = "none",
            value = {
                "192.0.2.7, 192.0.2.0",
                "10.1.255.254, 10.1.255.0",
                "127.0.0.1, 127.0.0.0",
                "2001:db8:abcd:12:1:2:3:4, 2001:db8:abcd::",
                "2001:0db8:0001::1, 2001:db8:1::",
                "[2001:db8:1:2::5], 2001:db8:1::",
                "fe80::1%eth0, fe80:0:0::",
                "0:0:0:0:0:0:0:1, 0:0:0::",
                "::ffff:198.51.100.9, 198.51.100.0",
                "256.1.1.1, none",
                "1.2.3.256, none",
                "1.2.3, none",
                "example.org, none",
                "abc:def:xyz::1, none",
                "'', none",
                "none, none"
            })
    void onlyTheNetworkOfAnAddressIsKept(@Nullable String address, @Nullable String network) {
        assertThat(Pseudonyms.network(address)).isEqualTo(network);
    }

    @Test
    void aKeyedPseudonymIsStablePerPurposeAndKeyButSaysNothingOfTheValue() {
        SiteSecrets secrets = mock(SiteSecrets.class);
        when(secrets.key("pseudonym-a")).thenReturn(new byte[32]);
        when(secrets.key("pseudonym-b")).thenReturn(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16});
        Pseudonyms pseudonyms = withKey(secrets, "");

        String first = pseudonyms.keyed("a", "192.0.2.7");

        assertThat(first).hasSize(43).doesNotContain("192").isEqualTo(pseudonyms.keyed("a", "192.0.2.7"));
        assertThat(pseudonyms.keyed("a", "192.0.2.8")).isNotEqualTo(first);
        assertThat(pseudonyms.keyed("b", "192.0.2.7")).as("another key").isNotEqualTo(first);
    }

    @Test
    void aConfiguredKeyIsUsedInsteadOfTheDatabasesOwn() {
        SiteSecrets secrets = mock(SiteSecrets.class);
        String key = Base64.getEncoder().encodeToString(new byte[32]);
        byte[] otherBytes = new byte[32];
        otherBytes[0] = 1;
        String other = Base64.getEncoder().encodeToString(otherBytes);

        String pseudonym = withKey(secrets, key).keyed("rate-limit", "192.0.2.7");

        assertThat(withKey(secrets, key).keyed("rate-limit", "192.0.2.7"))
                .as("the same on every node")
                .isEqualTo(pseudonym);
        assertThat(withKey(secrets, key).keyed("acceptance-ip", "192.0.2.7"))
                .as("a key per purpose")
                .isNotEqualTo(pseudonym);
        assertThat(withKey(secrets, other).keyed("rate-limit", "192.0.2.7")).isNotEqualTo(pseudonym);
        verifyNoInteractions(secrets);
    }

    @ParameterizedTest
    @ValueSource(strings = {"c2hvcnQ=", "not base64 at all!"})
    void aKeyThatIsTooShortOrNotBase64StopsTheStart(String key) {
        assertThatThrownBy(() -> withKey(mock(SiteSecrets.class), key))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CLAIMDESK_PRIVACY_PSEUDONYM_KEY");
    }

    private static Pseudonyms withKey(SiteSecrets secrets, String key) {
        return new Pseudonyms(
                secrets, TestSettings.bind(InfrastructureSettings.class, "claimdesk.privacy.pseudonym-key=" + key));
    }
}
