package nl.claimdesk.registration.signup;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import nl.claimdesk.infrastructure.SealedCookies;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the {@link SignUpDraft} in a sealed cookie, so the funnel needs no server session: no write per page, any
 * node can serve the next page, and an abandoned sign-up leaves nothing behind on our side. A draft older than
 * {@link SignUpDraft#MAXIMUM_AGE} is treated as absent, whatever the browser kept.
 */
@Component
public class DraftCookie {

    static final String NAME = "signup";
    private static final Duration LIFETIME = Duration.ofHours(4);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SealedCookies cookies;
    private final Clock clock;

    DraftCookie(SealedCookies cookies, Clock clock) {
        this.cookies = cookies;
        this.clock = clock;
    }

    Optional<SignUpDraft> read(HttpServletRequest request, String campaign) {
        return cookies.read(request, NAME)
                .flatMap(DraftCookie::parse)
                .filter(draft -> draft.campaign().equals(campaign))
                .filter(draft -> !draft.expired(clock.millis()));
    }

    void write(HttpServletResponse response, SignUpDraft draft) {
        cookies.write(response, NAME, JSON.writeValueAsString(draft), LIFETIME);
    }

    void clear(HttpServletResponse response) {
        cookies.clear(response, NAME);
    }

    private static Optional<SignUpDraft> parse(String json) {
        try {
            return Optional.of(JSON.readValue(json, SignUpDraft.class));
        } catch (JacksonException unreadable) {
            return Optional.empty();
        }
    }
}
