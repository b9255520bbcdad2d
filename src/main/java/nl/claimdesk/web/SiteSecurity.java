package nl.claimdesk.web;

import nl.claimdesk.infrastructure.SiteCookies;
import org.springframework.context.ApplicationContext;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * What every security chain of the site shares: the strict headers, CSRF protection that keeps its token in an
 * HttpOnly cookie (so forms need no server session; see {@link SiteCookies}), and no saved requests.
 */
public final class SiteSecurity {

    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";

    private SiteSecurity() {}

    public static HttpSecurity standard(HttpSecurity http) throws Exception {
        SiteCookies cookies = http.getSharedObject(ApplicationContext.class).getBean(SiteCookies.class);
        return http.headers(SiteSecurity::strictHeaders)
                .csrf(csrf -> csrf.csrfTokenRepository(cookies.csrfTokens()))
                .exceptionHandling(errors -> errors.accessDeniedHandler(RefusedRequests.csrfRefusals()))
                .requestCache(cache -> cache.disable());
    }

    private static void strictHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .permissionsPolicyHeader(permissions ->
                        permissions.policy("camera=(), microphone=(), geolocation=(), payment=(), usb=()"))
                .crossOriginOpenerPolicy(coop -> {});
    }
}
