package nl.claimdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import nl.claimdesk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/** No one logs in with a user and password of Spring Boot's making: there is no such user. */
@IntegrationTest
class NoGeneratedUserTest {

    @Autowired
    ApplicationContext context;

    @Test
    void thereIsNoUserDetailsService() {
        assertThat(context.getBeanProvider(UserDetailsService.class).getIfAvailable())
                .isNull();
    }
}
