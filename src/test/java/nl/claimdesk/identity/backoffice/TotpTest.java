package nl.claimdesk.identity.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

    /** The SHA-1 secret of RFC 6238's test vectors, "12345678901234567890". */
    private static final String SECRET = Base32.encode("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @ParameterizedTest(name = "at {0}: {1}")
    @CsvSource({
        // the last six digits of RFC 6238's eight-digit test values
        "59, 287082",
        "1111111109, 081804",
        "1111111111, 050471",
        "1234567890, 005924",
        "2000000000, 279037",
        "20000000000, 353130"
    })
    void makesTheCodesOfRfc6238(long epochSecond, String code) {
        assertThat(Totp.code(SECRET, Totp.step(Instant.ofEpochSecond(epochSecond))))
                .isEqualTo(code);
    }

    @Test
    void acceptsTheNeighbouringStepsForClocksThatDriftAndNothingFurther() {
        Instant now = Instant.ofEpochSecond(1111111109);
        long step = Totp.step(now);
        assertThat(Totp.matchingStep(SECRET, Totp.code(SECRET, step - 1), now)).hasValue(step - 1);
        assertThat(Totp.matchingStep(SECRET, Totp.code(SECRET, step + 1), now)).hasValue(step + 1);
        assertThat(Totp.matchingStep(SECRET, Totp.code(SECRET, step - 2), now)).isEmpty();
        assertThat(Totp.matchingStep(SECRET, Totp.code(SECRET, step + 2), now)).isEmpty();
        assertThat(Totp.matchingStep(SECRET, "12345", now)).isEmpty();
        assertThat(Totp.matchingStep(SECRET, "abcdef", now)).isEmpty();
    }

    @Test
    void base32RoundTrips() {
        byte[] bytes = new byte[] {0, 1, 2, (byte) 0xff, 127, -128, 42};
        assertThat(Base32.decode(Base32.encode(bytes))).isEqualTo(bytes);
        assertThat(SECRET).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    }
}
