package nl.claimdesk.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TrustedProxiesTest {

    private static final TrustedProxies BALANCERS = TrustedProxies.of(List.of("10.0.0.0/8", "192.0.2.10", "fd00::/8"));

    @ParameterizedTest(name = "peer {0}, X-Forwarded-For ''{1}'' -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                // A visitor straight from the internet keeps its address, whatever it claims.
                "203.0.113.9 | 198.51.100.1 | 203.0.113.9",
                "203.0.113.9 |              | 203.0.113.9",
                // Through a trusted balancer: the address the balancer appended.
                "10.1.2.3    | 198.51.100.1 | 198.51.100.1",
                "192.0.2.10  | 198.51.100.1 | 198.51.100.1",
                // A visitor who forges an entry: the balancer appended the real one on the right.
                "10.1.2.3    | 6.6.6.6, 198.51.100.1 | 198.51.100.1",
                // Two trusted hops: the right-most untrusted address.
                "10.1.2.3    | 198.51.100.1, 10.9.9.9 | 198.51.100.1",
                "10.1.2.3    | 198.51.100.1,10.9.9.9,192.0.2.10 | 198.51.100.1",
                // A trusted balancer that forwarded nothing: the balancer itself.
                "10.1.2.3    |              | 10.1.2.3",
                // Garbage cannot be believed: the last trusted hop.
                "10.1.2.3    | not-an-address | 10.1.2.3",
                "10.1.2.3    | 198.51.100.1, evil.example | 10.1.2.3",
                "10.1.2.3    | 198.51.100.1, 10.9.9.9, unknown | 10.1.2.3",
                // IPv6 on both sides.
                "fd12::1     | 2001:db8::7  | 2001:db8::7",
                "2001:db8::1 | 2001:db8::7  | 2001:db8::1",
                // Only trusted hops: the left-most of them.
                "10.1.2.3    | 10.4.4.4     | 10.4.4.4",
            })
    void findsTheVisitor(String peer, String forwardedFor, String visitor) {
        List<String> headers = forwardedFor == null ? List.of() : List.of(forwardedFor);

        assertThat(BALANCERS.visitor(peer, headers)).isEqualTo(visitor);
    }

    @ParameterizedTest
    @CsvSource({
        "10.0.0.0/8, 10.255.255.255, true",
        "10.0.0.0/8, 11.0.0.0, false",
        "192.168.4.0/22, 192.168.7.255, true",
        "192.168.4.0/22, 192.168.8.0, false",
        "192.0.2.10, 192.0.2.10, true",
        "192.0.2.10, 192.0.2.11, false",
        "0.0.0.0/0, 8.8.8.8, true",
        "fd00::/8, fdff:ffff::1, true",
        "fd00::/8, fe00::1, false",
        "10.0.0.0/8, ::ffff:11.0.0.1, false",
    })
    void matchesRanges(String range, String address, boolean trusted) {
        assertThat(TrustedProxies.of(List.of(range)).trusts(address)).isEqualTo(trusted);
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "10.0.0.0/33", "10.0.0.0/x", "fd00::/129", "proxy.internal"})
    void refusesWhatIsNotAnAddressOrRange(String entry) {
        assertThatThrownBy(() -> TrustedProxies.of(List.of(entry)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CLAIMDESK_TRUSTED_PROXIES")
                .hasMessageContaining(entry);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " "})
    void nobodyIsTrustedByDefault(String configured) {
        TrustedProxies none = TrustedProxies.of(List.of(configured));

        assertThat(none.isEmpty()).isTrue();
        assertThat(none.visitor("10.1.2.3", List.of("198.51.100.1"))).isEqualTo("10.1.2.3");
    }
}
