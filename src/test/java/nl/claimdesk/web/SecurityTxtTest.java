package nl.claimdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import nl.claimdesk.TestSettings;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

class SecurityTxtTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-07T10:15:30.5Z"), ZoneId.of("Europe/Amsterdam"));

    @Test
    void namesTheConfiguredContactWithAnExpiryAYearAhead() {
        ResponseEntity<String> file = new SecurityTxtController(
                        TestSettings.bind(
                                WebSettings.class,
                                "claimdesk.security-contact=mailto:security@example.org",
                                "claimdesk.base-url=https://claim.example.org/"),
                        clock)
                .securityTxt();

        assertThat(file.getStatusCode().value()).isEqualTo(200);
        assertThat(file.getHeaders().getContentType()).hasToString("text/plain;charset=UTF-8");
        assertThat(file.getBody()).isEqualTo("""
                        Contact: mailto:security@example.org
                        Expires: 2027-12-07T10:15:30Z
                        Preferred-Languages: nl, en
                        Canonical: https://claim.example.org/.well-known/security.txt
                        """);
    }

    @Test
    void withoutAContactThereIsNoFile() {
        assertThat(new SecurityTxtController(
                                TestSettings.bind(
                                        WebSettings.class,
                                        "claimdesk.security-contact= ",
                                        "claimdesk.base-url=https://claim.example.org"),
                                clock)
                        .securityTxt()
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
    }
}
