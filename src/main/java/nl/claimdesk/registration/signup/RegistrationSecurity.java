package nl.claimdesk.registration.signup;

import nl.claimdesk.web.SiteSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** The sign-up funnel and the confirmation links: open to anyone, forms protected against cross-site posting. */
@Configuration(proxyBeanMethods = false)
class RegistrationSecurity {

    private static final String[] PAGES = {
        "/nl/*/aanmelden", "/nl/*/aanmelden/*", "/en/*/sign-up", "/en/*/sign-up/*",
        "/nl/bevestigen", "/nl/bevestigen/*", "/en/confirm", "/en/confirm/*",
        "/nl/overdracht/*", "/en/take-over/*"
    };

    @Bean
    @Order(20)
    SecurityFilterChain signUp(HttpSecurity http) throws Exception {
        SiteSecurity.standard(http)
                .securityMatcher(PAGES)
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, PAGES)
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, PAGES)
                        .permitAll()
                        .anyRequest()
                        .denyAll());
        return http.build();
    }
}
