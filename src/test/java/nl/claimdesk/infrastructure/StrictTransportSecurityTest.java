package nl.claimdesk.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import nl.claimdesk.TestSettings;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Under prod, HSTS does not depend on whether the balancer spoke HTTPS to us. */
class StrictTransportSecurityTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(LoadBalancerConfiguration.class)
            .withBean(InfrastructureSettings.class, () -> TestSettings.bind(InfrastructureSettings.class));

    @Test
    void productionSendsHstsOnAPlainHttpRequest() {
        context.withPropertyValues("spring.profiles.active=prod").run(production -> {
            Filter filter = production
                    .getBean("strictTransportSecurity", FilterRegistrationBean.class)
                    .getFilter();
            MockHttpServletRequest plain = new MockHttpServletRequest("GET", "/nl");
            MockHttpServletResponse response = new MockHttpServletResponse();

            filter.doFilter(plain, response, new MockFilterChain());

            assertThat(plain.isSecure()).isFalse();
            assertThat(response.getHeader("Strict-Transport-Security"))
                    .isEqualTo("max-age=31536000; includeSubDomains");
        });
    }

    @Test
    void outsideProductionHstsIsLeftToSpringSecurity() {
        context.run(demo -> assertThat(demo).doesNotHaveBean("strictTransportSecurity"));
    }
}
