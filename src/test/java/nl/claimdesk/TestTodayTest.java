package nl.claimdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The application's clock in a test context shows the tests' today, in the application's own time zone. */
@IntegrationTest
class TestTodayTest {

    private static final ZoneId CLAIM_ZONE = ZoneId.of("Europe/Amsterdam");

    @Autowired
    Clock clock;

    @Test
    void theApplicationsClockShowsTheDayTheTestsRunOn() {
        String wanted = System.getProperty(TestToday.PROPERTY, "");
        LocalDate expected = wanted.isBlank() ? LocalDate.now(CLAIM_ZONE) : LocalDate.parse(wanted);

        assertThat(LocalDate.now(clock)).isEqualTo(expected);
        assertThat(LocalDate.ofInstant(TestToday.now(), CLAIM_ZONE)).isEqualTo(expected);
        assertThat(clock.getZone()).isEqualTo(CLAIM_ZONE);
    }
}
