package nl.claimdesk.infrastructure;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;

/**
 * Running behind a load balancer that terminates TLS. Which proxies are believed is configured
 * ({@code CLAIMDESK_TRUSTED_PROXIES}, none by default); Tomcat's own forwarded-header handling stays off, since it
 * trusts every private address by default.
 */
@Configuration(proxyBeanMethods = false)
class LoadBalancerConfiguration {

    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

    /** First of all filters, so that every later one, Spring Security's included, sees the visitor. */
    @Bean
    FilterRegistrationBean<VisitorAddressFilter> visitorAddressFilter(InfrastructureSettings settings) {
        FilterRegistrationBean<VisitorAddressFilter> registration =
                new FilterRegistrationBean<>(new VisitorAddressFilter(TrustedProxies.of(settings.trustedProxies())));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * Production is only ever reached over HTTPS, but the connection from the balancer may be plain HTTP: so HSTS
     * is sent on every response instead of only when {@code request.isSecure()} (Spring Security's rule).
     */
    @Bean
    @Profile("prod")
    FilterRegistrationBean<Filter> strictTransportSecurity() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
            ((HttpServletResponse) response).setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
            chain.doFilter(request, response);
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
