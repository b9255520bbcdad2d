package nl.claimdesk.identity.participant;

import java.time.Clock;
import nl.claimdesk.identity.AbsoluteSessionTimeout;
import nl.claimdesk.identity.ParticipantSessions;
import nl.claimdesk.identity.internal.IdentitySettings;
import nl.claimdesk.web.SiteSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Access for participants: the login pages are open, Mijn dossier ({@code /dossier}) needs a logged-in
 * participant, and logging out is a POST. Everything else under these addresses is refused.
 */
@Configuration(proxyBeanMethods = false)
class IdentitySecurity {

    static final String[] LOGIN_PAGES = {
        "/nl/inloggen", "/nl/inloggen/*", "/en/log-in", "/en/log-in/*", "/nl/email-bevestigen/*", "/en/confirm-email/*"
    };

    @Bean
    @Order(30)
    SecurityFilterChain participantAccess(HttpSecurity http, Clock clock, IdentitySettings settings) throws Exception {
        SiteSecurity.standard(http)
                .securityMatcher(
                        "/dossier",
                        "/dossier/**",
                        "/logout",
                        "/nl/inloggen",
                        "/nl/inloggen/**",
                        "/en/log-in",
                        "/en/log-in/**",
                        "/nl/email-bevestigen/*",
                        "/en/confirm-email/*")
                .authorizeHttpRequests(requests -> requests.requestMatchers("/dossier", "/dossier/**")
                        .hasRole(ParticipantSessions.ROLE)
                        .requestMatchers(HttpMethod.GET, LOGIN_PAGES)
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, LOGIN_PAGES)
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/logout")
                        .permitAll()
                        .anyRequest()
                        .denyAll())
                .securityContext(
                        context -> context.securityContextRepository(new HttpSessionSecurityContextRepository()))
                .addFilterAfter(
                        new AbsoluteSessionTimeout(clock, settings.session().absoluteTimeout()),
                        SecurityContextHolderFilter.class)
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/nl/inloggen")))
                // Spring Session expires its own cookie when the session is invalidated.
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/nl"));
        return http.build();
    }
}
