package nl.claimdesk.news.web;

import nl.claimdesk.news.internal.UnsubscribePaths;
import nl.claimdesk.web.SiteSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The unsubscribe link of news mails: open to anyone, without login. The POST carries no CSRF token, because a mail
 * program sends it on the reader's behalf (RFC 8058 one-click); the signed, recipient-specific token in the address
 * is what makes it genuine, and all it can do is turn news off for that one recipient.
 */
@Configuration(proxyBeanMethods = false)
class UnsubscribeSecurity {

    private static final String[] PAGES = {UnsubscribePaths.NL + "*", UnsubscribePaths.EN + "*"};

    @Bean
    @Order(25)
    SecurityFilterChain newsUnsubscribe(HttpSecurity http) throws Exception {
        SiteSecurity.standard(http)
                .securityMatcher(PAGES)
                .csrf(csrf -> csrf.ignoringRequestMatchers(PAGES))
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, PAGES)
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, PAGES)
                        .permitAll()
                        .anyRequest()
                        .denyAll());
        return http.build();
    }
}
