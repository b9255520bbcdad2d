package nl.claimdesk.email;

import nl.claimdesk.web.SiteSecurity;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** Opens /dev/mailbox for reading, only while the demo mailbox is in use (never under {@code prod}). */
@Configuration(proxyBeanMethods = false)
@Profile("!prod")
@ConditionalOnExpression("'${spring.mail.host:}'.isEmpty()")
class DevMailboxSecurity {

    @Bean
    @Order(40)
    SecurityFilterChain devMailbox(HttpSecurity http) throws Exception {
        SiteSecurity.standard(http)
                .securityMatcher("/dev/mailbox", "/dev/mailbox/**")
                .authorizeHttpRequests(
                        requests -> requests.requestMatchers(HttpMethod.GET, "/dev/mailbox", "/dev/mailbox/**")
                                .permitAll()
                                .anyRequest()
                                .denyAll());
        return http.build();
    }
}
