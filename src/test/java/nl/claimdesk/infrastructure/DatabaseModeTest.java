package nl.claimdesk.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.claimdesk.ProductionStart;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class DatabaseModeTest {

    @Test
    void productionRefusesToStartOnTheEmbeddedDatabase() {
        assertThat(ProductionStart.refusal("--spring.datasource.url=jdbc:h2:mem:prod-refusal"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("prod profile runs on PostgreSQL only")
                .hasMessageContaining("DATABASE_URL");
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
