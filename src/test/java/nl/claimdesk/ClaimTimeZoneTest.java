package nl.claimdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Today" is the claim's date, not the server's: between midnight in Amsterdam and midnight UTC a letter received
 * today was refused as "in the future" while the server ran on UTC.
 */
@IntegrationTest
class ClaimTimeZoneTest {

    @Autowired
    Clock clock;

    @Test
    void theApplicationsClockKeepsTheClaimsTimeZone() {
        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Europe/Amsterdam"));
    }
}
