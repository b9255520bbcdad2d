package nl.claimdesk.infrastructure;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes {@code request.getRemoteAddr()} the visitor's address behind a trusted load balancer, so that rate limits,
 * audit entries and acceptance records see the visitor and not the balancer; and {@code isSecure()} true when a
 * trusted proxy says the visitor came over HTTPS. Requests from anyone else are passed on untouched.
 */
class VisitorAddressFilter extends OncePerRequestFilter {

    private final TrustedProxies proxies;

    VisitorAddressFilter(TrustedProxies proxies) {
        this.proxies = proxies;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return proxies.isEmpty() || !proxies.trusts(request.getRemoteAddr());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<String> forwardedFor = Collections.list(request.getHeaders("X-Forwarded-For"));
        String visitor = proxies.visitor(request.getRemoteAddr(), forwardedFor);
        boolean https = "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
        chain.doFilter(new Forwarded(request, visitor, https || request.isSecure()), response);
    }

    private static final class Forwarded extends HttpServletRequestWrapper {

        private final String visitor;
        private final boolean secure;

        Forwarded(HttpServletRequest request, String visitor, boolean secure) {
            super(request);
            this.visitor = visitor;
            this.secure = secure;
        }

        @Override
        public String getRemoteAddr() {
            return visitor;
        }

        @Override
        public String getRemoteHost() {
            return visitor;
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getScheme() {
            return secure ? "https" : super.getScheme();
        }
    }
}
