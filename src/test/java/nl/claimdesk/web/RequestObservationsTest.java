package nl.claimdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import nl.claimdesk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Every request is timed, but Spring Security's filters and decisions are not observed one by one. */
@IntegrationTest
class RequestObservationsTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    MeterRegistry meters;

    @Test
    void requestsAreTimedWithoutObservationsOfTheSecurityFilters() {
        assertThat(mvc.get().uri("/nl/tiktok")).hasStatusOk();
        assertThat(mvc.get().uri("/backoffice")).hasStatus3xxRedirection();

        assertThat(meters.find("http.server.requests").timers()).isNotEmpty();
        assertThat(meters.getMeters())
                .extracting(meter -> meter.getId().getName())
                .noneMatch(name -> name.startsWith("spring.security."));
    }
}
