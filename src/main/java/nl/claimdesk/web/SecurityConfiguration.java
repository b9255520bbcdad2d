package nl.claimdesk.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Access to the public site and the headers on every response. Only reading is allowed, and only inside the public
 * namespaces; every other address is refused unless a later, more specific chain (sign-up, Mijn dossier, back
 * office) says otherwise.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";

    @Bean
    @Order(100)
    SecurityFilterChain publicSite(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                HttpMethod.GET,
                                "/",
                                "/nl",
                                "/nl/**",
                                "/en",
                                "/en/**",
                                "/assets/**",
                                "/favicon.ico",
                                "/robots.txt",
                                "/error",
                                "/livez",
                                "/readyz",
                                "/actuator/health/**",
                                "/actuator/prometheus",
                                "/actuator/info")
                        .permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/", "/nl", "/nl/**", "/en", "/en/**", "/assets/**")
                        .permitAll()
                        .anyRequest()
                        .denyAll())
                .headers(SecurityConfiguration::strictHeaders)
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true));
        return http.build();
    }

    static void strictHeaders(
            org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .permissionsPolicyHeader(permissions ->
                        permissions.policy("camera=(), microphone=(), geolocation=(), payment=(), usb=()"))
                .crossOriginOpenerPolicy(coop -> {});
    }
}
