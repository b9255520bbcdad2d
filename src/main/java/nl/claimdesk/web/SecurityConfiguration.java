package nl.claimdesk.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The last security chain: reading the public site. Only {@code GET}/{@code HEAD} inside the public namespaces is
 * allowed; every other request is refused unless a more specific chain of another module (sign-up, login, Mijn
 * dossier, back office) claimed it first.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = SiteSecurity.CONTENT_SECURITY_POLICY;

    /**
     * Spring Security observes nothing of its own: it wrapped every filter of every chain in an observation, about
     * 7 % of a request's CPU (docs/performance.md), for traces and meters nobody reads. The
     * {@code http.server.requests} metric is not Spring Security's and stays. (The property
     * {@code management.observations.enable.spring.security=false} would only turn those observations into no-ops
     * and keep the wrapping.)
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityFilterChain publicSite(HttpSecurity http) throws Exception {
        SiteSecurity.standard(http)
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                HttpMethod.GET,
                                "/",
                                "/nl",
                                "/nl/**",
                                "/en",
                                "/en/**",
                                "/assets/**",
                                "/favicon.ico",
                                "/robots.txt",
                                "/.well-known/security.txt",
                                "/livez",
                                "/readyz",
                                "/actuator/health/**",
                                "/actuator/prometheus",
                                "/actuator/info")
                        .permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/", "/nl", "/nl/**", "/en", "/en/**", "/assets/**")
                        .permitAll()
                        // An error page answers whatever request failed, a POST included.
                        .requestMatchers("/error")
                        .permitAll()
                        .anyRequest()
                        .denyAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .securityContext(context -> context.requireExplicitSave(true));
        return http.build();
    }
}
