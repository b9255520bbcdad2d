package nl.claimdesk;

import java.time.Clock;
import nl.claimdesk.infrastructure.InfrastructureSettings;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Participants and staff log in through the application's own flows, not through a {@code UserDetailsService}; so
 * Spring Boot's generated in-memory user (whose password it logs as a warning) is left out.
 */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
@EnableScheduling
public class ClaimdeskApplication {

    public static void main(String[] args) {
        SpringApplication.run(ClaimdeskApplication.class, args);
    }

    /**
     * The clock of the claim's time zone, whatever the server's: "today" (an age, a date received, a date filter) is
     * the Dutch date, also in the hour after midnight when UTC is still on yesterday.
     */
    @Bean
    Clock clock(InfrastructureSettings settings) {
        return Clock.system(settings.timeZone());
    }
}
