package nl.claimdesk.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Logging participants in after they proved they read their mail. The session lives in the database, so any node
 * serves the participant; its id is renewed at login so an id planted before cannot be used after.
 */
@Component
public class ParticipantSessions {

    static final String ROLE = "PARTICIPANT";
    static final String LOGGED_IN_AT = "claimdesk.loggedInAt";

    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final Clock clock;

    ParticipantSessions(Clock clock) {
        this.clock = clock;
    }

    public void logIn(AccountId account, HttpServletRequest request, HttpServletResponse response) {
        HttpSession existing = request.getSession(false);
        if (existing != null) {
            request.changeSessionId();
        }
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(
                new Participant(account), null, List.of(new SimpleGrantedAuthority("ROLE_" + ROLE)));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        request.getSession().setAttribute(LOGGED_IN_AT, clock.millis());
    }

    /** The participant of the current request, if one is logged in. */
    public static Optional<AccountId> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Participant participant) {
            return Optional.of(participant.account());
        }
        return Optional.empty();
    }
}
