package nl.claimdesk;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
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
    Clock clock(@Value("${claimdesk.time-zone:Europe/Amsterdam}") ZoneId zone) {
        return Clock.system(zone);
    }
}
