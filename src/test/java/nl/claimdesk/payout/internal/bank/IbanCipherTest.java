package nl.claimdesk.payout.internal.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import nl.claimdesk.payout.Iban;
import org.junit.jupiter.api.Test;

/**
 * The cipher a thread keeps for all its IBANs: every IBAN opens as the one sealed, for its own row only; a refused
 * one leaves the next intact; and sealing the same IBAN twice never gives the same value.
 */
class IbanCipherTest {

    private static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

    private final IbanCipher cipher = new IbanCipher(new IbanKeys(new BankSettings("k1:" + KEY), null));

    @Test
    void manyIbansOpenOneAfterAnotherAsTheyWereSealed() {
        List<String> ibans = List.of("NL91ABNA0417164300", "DE89370400440532013000", "BE68539007547034");
        for (int round = 0; round < 100; round++) {
            for (String electronic : ibans) {
                UUID row = UUID.randomUUID();
                IbanCipher.Sealed sealed = cipher.seal(row, Iban.ofStored(electronic));

                assertThat(cipher.open(row, sealed).electronic()).isEqualTo(electronic);
            }
        }
    }

    @Test
    void anIbanRefusedForAnotherRowOrAlteredLeavesTheNextOneIntact() {
        UUID row = UUID.randomUUID();
        IbanCipher.Sealed sealed = cipher.seal(row, Iban.ofStored("NL91ABNA0417164300"));
        String altered = (sealed.value().charAt(20) == 'A' ? "B" : "A");
        IbanCipher.Sealed tampered = new IbanCipher.Sealed(
                sealed.value().substring(0, 20) + altered + sealed.value().substring(21), sealed.keyId());

        assertThatThrownBy(() -> cipher.open(UUID.randomUUID(), sealed)).hasMessageContaining("does not open");
        assertThatThrownBy(() -> cipher.open(row, tampered)).hasMessageContaining("does not open");
        assertThat(cipher.open(row, sealed).electronic()).isEqualTo("NL91ABNA0417164300");
    }

    @Test
    void theSameIbanIsNeverSealedTwiceAlike() {
        UUID row = UUID.randomUUID();
        Iban iban = Iban.ofStored("NL91ABNA0417164300");

        assertThat(cipher.seal(row, iban).value())
                .isNotEqualTo(cipher.seal(row, iban).value());
    }
}
