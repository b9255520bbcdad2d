package nl.claimdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class RequestThreadDefaultTest {

    @ParameterizedTest(name = "{0} cores: {1} request threads")
    @CsvSource({"1, 8", "2, 8", "3, 12", "4, 16", "8, 32", "16, 64", "50, 200", "64, 200"})
    void fourThreadsPerCoreBetweenEightAndTomcatsOwnDefault(int cores, int threads) {
        assertThat(RequestThreadDefault.threadsFor(cores)).isEqualTo(threads);
    }

    @Test
    void withoutASettingTheMachineDecides() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);

        new RequestThreadDefault().postProcessEnvironment(environment, new SpringApplication());

        int expected = RequestThreadDefault.threadsFor(Runtime.getRuntime().availableProcessors());
        assertThat(environment.getProperty("server.tomcat.threads.max", Integer.class))
                .isEqualTo(expected);
        assertThat(environment.getProperty("server.tomcat.threads.min-spare", Integer.class))
                .isBetween(1, expected);
    }

    @Test
    void anExplicitSettingStillDecides() {
        StandardEnvironment environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource("operator", Map.of("server.tomcat.threads.max", "123")));

        new RequestThreadDefault().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("server.tomcat.threads.max", Integer.class))
                .isEqualTo(123);
    }
}
