package nl.claimdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.claimdesk.ClaimdeskApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mock.env.MockEnvironment;

class DatabaseModeTest {

    @Test
    void productionRefusesToStartOnTheEmbeddedDatabase() {
        SpringApplicationBuilder production = new SpringApplicationBuilder(ClaimdeskApplication.class).profiles("prod");
        String before = System.getProperty("DATABASE_URL");
        System.setProperty("DATABASE_URL", "jdbc:h2:mem:prod-refusal");
        try {
            assertThatThrownBy(() -> production.run(
                            "--spring.mail.host=smtp.example.org", "--server.port=0", "--management.server.port=0"))
                    .satisfies(e -> assertThat(NestedExceptionUtils.getMostSpecificCause(e))
                            .isInstanceOf(IllegalStateException.class)
                            .hasMessageContaining("prod profile runs on PostgreSQL only")
                            .hasMessageContaining("DATABASE_URL"));
        } finally {
            if (before == null) {
                System.clearProperty("DATABASE_URL");
            } else {
                System.setProperty("DATABASE_URL", before);
            }
        }
    }

    @Test
    void productionAcceptsPostgres() {
        MockEnvironment environment =
                new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/claimdesk");
        environment.setActiveProfiles("prod");

        assertThatCode(() -> DatabaseMode.requirePostgresInProduction(environment))
                .doesNotThrowAnyException();
    }

    @Test
    void theEmbeddedDatabaseIsFineOutsideProduction() {
        MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:mem:x");

        assertThatCode(() -> DatabaseMode.requirePostgresInProduction(environment))
                .doesNotThrowAnyException();
    }

    @Test
    void theRefusalNeverPrintsAPassword() {
        MockEnvironment environment =
                new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:mem:x;password=secret");
        environment.setActiveProfiles("prod");

        assertThatThrownBy(() -> DatabaseMode.requirePostgresInProduction(environment))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret"));
    }
}
