package nl.claimdesk.identity.backoffice;

import java.time.Clock;
import java.util.List;
import nl.claimdesk.identity.AbsoluteSessionTimeout;
import nl.claimdesk.identity.internal.IdentitySettings;
import nl.claimdesk.shared.StaffRole;
import nl.claimdesk.web.SiteSecurity;
import nl.claimdesk.web.backoffice.BackofficeSection;
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
 * Access to the back office ({@code /backoffice}), deny by default: the login pages are open; every other route is
 * allowed only to the roles of the {@link BackofficeSection} that names it, and refused to everyone when no section
 * does. A participant's session never reaches a back-office route.
 */
@Configuration(proxyBeanMethods = false)
class BackofficeSecurity {

    static final String LOGIN = "/backoffice/login";
    static final String[] OPEN = {LOGIN, LOGIN + "/*", "/backoffice/invitation/*"};

    @Bean
    @Order(10)
    SecurityFilterChain backoffice(
            HttpSecurity http,
            List<BackofficeSection> sections,
            StaffAccounts accounts,
            Clock clock,
            IdentitySettings settings)
            throws Exception {
        SiteSecurity.standard(http)
                .securityMatcher("/backoffice", "/backoffice/**")
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(HttpMethod.GET, OPEN).permitAll();
                    requests.requestMatchers(HttpMethod.POST, OPEN).permitAll();
                    requests.requestMatchers(HttpMethod.POST, "/backoffice/logout")
                            .permitAll();
                    for (BackofficeSection section : sections) {
                        requests.requestMatchers(section.routes().toArray(String[]::new))
                                .hasAnyAuthority(section.roles().stream()
                                        .map(StaffRole::authority)
                                        .toArray(String[]::new));
                    }
                    requests.anyRequest().denyAll();
                })
                .securityContext(
                        context -> context.securityContextRepository(new HttpSessionSecurityContextRepository()))
                .addFilterAfter(
                        new AbsoluteSessionTimeout(
                                clock, settings.staff().session().absoluteTimeout()),
                        SecurityContextHolderFilter.class)
                .addFilterAfter(new StaffAccountCheck(accounts), AbsoluteSessionTimeout.class)
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(LOGIN)))
                // Spring Session expires its own cookie when the session is invalidated.
                .logout(logout -> logout.logoutUrl("/backoffice/logout").logoutSuccessUrl(LOGIN + "?loggedOut"));
        return http.build();
    }
}
