package nl.claimdesk.identity.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** TOTP secrets are stored encrypted and authenticated, under a key id that lets the keys rotate. */
class TotpSecretCipherTest {

    private static final UUID MEMBER = UUID.randomUUID();
    private final String secret = Totp.newSecret();

    @Test
    void aSealedSecretOpensAgainAndShowsNothingOfItself() {
        TotpSecretCipher cipher = cipher("k1:" + TotpSecretKeysTest.KEY_A);

        TotpSecretCipher.Stored stored = cipher.seal(MEMBER, secret);

        assertThat(stored.keyId()).isEqualTo("k1");
        assertThat(stored.value()).doesNotContain(secret);
        assertThat(Base64.getDecoder().decode(stored.value()))
                .hasSize(12 + 20 + 16)
                .asHexString()
                .doesNotContain(java.util.HexFormat.of().withUpperCase().formatHex(Base32.decode(secret)));
        assertThat(cipher.seal(MEMBER, secret).value())
                .as("a fresh nonce each time")
                .isNotEqualTo(stored.value());
        assertThat(cipher.open(MEMBER, stored)).isEqualTo(secret);
    }

    @Test
    void aSecretCopiedOntoAnotherAccountOrAlteredDoesNotOpen() {
        TotpSecretCipher cipher = cipher("k1:" + TotpSecretKeysTest.KEY_A);
        TotpSecretCipher.Stored stored = cipher.seal(MEMBER, secret);
        byte[] altered = Base64.getDecoder().decode(stored.value());
        altered[altered.length - 1] ^= 1;

        assertThatThrownBy(() -> cipher.open(UUID.randomUUID(), stored)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.open(
                        MEMBER, new TotpSecretCipher.Stored(Base64.getEncoder().encodeToString(altered), "k1")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void afterRotationTheOldKeyStillOpensWhatItSealedAndTheNewOneSeals() {
        TotpSecretCipher.Stored underOldKey =
                cipher("old:" + TotpSecretKeysTest.KEY_A).seal(MEMBER, secret);
        TotpSecretCipher rotated = cipher("new:" + TotpSecretKeysTest.KEY_B + ",old:" + TotpSecretKeysTest.KEY_A);

        assertThat(rotated.open(MEMBER, underOldKey)).isEqualTo(secret);
        assertThat(rotated.seal(MEMBER, secret).keyId()).isEqualTo("new");
    }

    @Test
    void aSecretUnderAKeyNoLongerConfiguredSaysWhichSettingLacksIt() {
        TotpSecretCipher.Stored underOldKey =
                cipher("old:" + TotpSecretKeysTest.KEY_A).seal(MEMBER, secret);

        assertThatThrownBy(() -> cipher("new:" + TotpSecretKeysTest.KEY_B).open(MEMBER, underOldKey))
                .hasMessageContaining("'old'")
                .hasMessageContaining(TotpSecretKeys.SETTING);
    }

    @Test
    void aSecretStoredBeforeEncryptionIsReadAsItIs() {
        assertThat(cipher("k1:" + TotpSecretKeysTest.KEY_A).open(MEMBER, new TotpSecretCipher.Stored(secret, null)))
                .isEqualTo(secret);
    }

    private static TotpSecretCipher cipher(String setting) {
        return new TotpSecretCipher(TotpSecretKeysTest.keys(setting));
    }
}
