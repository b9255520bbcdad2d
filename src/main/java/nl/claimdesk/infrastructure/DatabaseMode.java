package nl.claimdesk.infrastructure;

import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;

/**
 * Which database the application runs on. The embedded H2 database is for trying the product: the application says
 * so loudly at start-up, and under the {@code prod} profile it refuses to start on anything but PostgreSQL.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseMode {

    private static final Logger log = LoggerFactory.getLogger(DatabaseMode.class);

    /** Runs before any bean is created, so a refused start never touches the database. */
    @Bean
    static BeanFactoryPostProcessor productionNeedsPostgres(Environment environment) {
        return beanFactory -> requirePostgresInProduction(environment);
    }

    static void requirePostgresInProduction(Environment environment) {
        boolean production = Arrays.asList(environment.getActiveProfiles()).contains("prod");
        String url = environment.getProperty("spring.datasource.url", "");
        if (production && !isPostgres(url)) {
            throw new IllegalStateException("The prod profile runs on PostgreSQL only, but the database URL is '"
                    + url.replaceAll("password=[^&;]*", "password=***")
                    + "'. Set DATABASE_URL=jdbc:postgresql://host:5432/name, DATABASE_USERNAME and"
                    + " DATABASE_PASSWORD.");
        }
    }

    static boolean isPostgres(String databaseUrl) {
        return databaseUrl.startsWith("jdbc:postgresql:");
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce(ApplicationReadyEvent event) {
        String url = event.getApplicationContext().getEnvironment().getProperty("spring.datasource.url", "");
        if (url.startsWith("jdbc:h2:")) {
            log.warn(
                    "DEMO MODE: Claimdesk runs on the embedded H2 database ({}). Fine for trying the product;"
                            + " production needs PostgreSQL (DATABASE_URL) and the prod profile.",
                    url);
        } else {
            log.info("Claimdesk runs on {}", url.replaceAll("\\?.*", ""));
        }
    }
}
