package nl.claimdesk.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class VisitorAddressFilterTest {

    private final VisitorAddressFilter filter = new VisitorAddressFilter(TrustedProxies.of(List.of("127.0.0.1")));

    @Test
    void throughATrustedProxyTheRequestCarriesTheVisitorAndTheScheme() throws Exception {
        HttpServletRequest seen = pass(from("127.0.0.1", "198.51.100.7", "https"));

        assertThat(seen.getRemoteAddr()).isEqualTo("198.51.100.7");
        assertThat(seen.isSecure()).isTrue();
        assertThat(seen.getScheme()).isEqualTo("https");
    }

    @Test
    void aTrustedProxyOverPlainHttpLeavesTheSchemeAlone() throws Exception {
        HttpServletRequest seen = pass(from("127.0.0.1", "198.51.100.7", "http"));

        assertThat(seen.isSecure()).isFalse();
        assertThat(seen.getScheme()).isEqualTo("http");
    }

    @Test
    void anUntrustedPeerKeepsItsOwnAddressAndScheme() throws Exception {
        HttpServletRequest seen = pass(from("203.0.113.9", "198.51.100.7", "https"));

        assertThat(seen.getRemoteAddr()).isEqualTo("203.0.113.9");
        assertThat(seen.isSecure()).isFalse();
    }

    @Test
    void withoutTrustedProxiesNothingChanges() throws Exception {
        VisitorAddressFilter none = new VisitorAddressFilter(TrustedProxies.of(List.of()));
        MockFilterChain chain = new MockFilterChain();
        none.doFilter(from("127.0.0.1", "198.51.100.7", "https"), new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest().getRemoteAddr()).isEqualTo("127.0.0.1");
    }

    private HttpServletRequest pass(MockHttpServletRequest request) throws Exception {
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, new MockHttpServletResponse(), chain);
        return (HttpServletRequest) chain.getRequest();
    }

    private static MockHttpServletRequest from(String peer, String forwardedFor, String proto) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/nl");
        request.setRemoteAddr(peer);
        request.addHeader("X-Forwarded-For", forwardedFor);
        request.addHeader("X-Forwarded-Proto", proto);
        return request;
    }
}
