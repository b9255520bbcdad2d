package nl.claimdesk.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /.well-known/security.txt} (RFC 9116): where to report a vulnerability in this deployment. It exists only
 * when the operator named a contact ({@code CLAIMDESK_SECURITY_CONTACT}); its expiry is always a year ahead, because
 * the contact comes from the running configuration and is therefore as current as the deployment.
 */
@Controller
class SecurityTxtController {

    private final String contact;
    private final String canonical;
    private final Clock clock;

    SecurityTxtController(WebSettings settings, Clock clock) {
        this.contact = settings.securityContact().strip();
        this.canonical = settings.baseUrl().replaceAll("/+$", "") + "/.well-known/security.txt";
        this.clock = clock;
    }

    @GetMapping("/.well-known/security.txt")
    ResponseEntity<String> securityTxt() {
        if (contact.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        String expires = OffsetDateTime.now(clock)
                .withOffsetSameInstant(ZoneOffset.UTC)
                .plusYears(1)
                .truncatedTo(ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        String body = "Contact: " + contact + "\nExpires: " + expires + "\nPreferred-Languages: nl, en\nCanonical: "
                + canonical + "\n";
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
                .body(body);
    }
}
