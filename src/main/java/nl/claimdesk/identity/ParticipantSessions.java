package nl.claimdesk.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import nl.claimdesk.infrastructure.SecurityEvent;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Logging participants in after they proved they read their mail, and ending their sessions. The session lives in
 * the database, so any node serves the participant; its id is renewed at login so an id planted before cannot be
 * used after. Spring Session keeps the logged-in participant's account id as the session's principal name, so all
 * sessions of an account can be ended at once, on every node.
 */
@Component
public class ParticipantSessions {

    public static final String ROLE = "PARTICIPANT";
    public static final String LOGGED_IN_AT = "claimdesk.loggedInAt";

    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final JdbcClient jdbc;
    private final Clock clock;

    ParticipantSessions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Logs the account in on this request's session; {@code proof} is the kind of link that proved who it is. */
    public void logIn(AccountId account, TokenPurpose proof, HttpServletRequest request, HttpServletResponse response) {
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
        SecurityEvent.PARTICIPANT_LOGIN_SUCCEEDED.log("proof", proof.name());
    }

    /** Ends every session of the account, on every node; returns how many there were. */
    public int endAll(AccountId account) {
        return jdbc.sql("delete from spring_session where principal_name = ?")
                .param(account.value().toString())
                .update();
    }

    /** Ends every session of the account except the one of this request, if that is one of them. */
    public int endOthers(AccountId account, HttpServletRequest request) {
        HttpSession current = request.getSession(false);
        if (current == null) {
            return endAll(account);
        }
        return jdbc.sql("delete from spring_session where principal_name = ? and session_id <> ?")
                .params(account.value().toString(), current.getId())
                .update();
    }

    /** Whether the participant of this request logged in no longer than {@code within} ago. */
    public boolean loggedInWithin(HttpServletRequest request, Duration within) {
        @Nullable HttpSession session = request.getSession(false);
        return session != null
                && session.getAttribute(LOGGED_IN_AT) instanceof Long loggedInAt
                && clock.millis() - loggedInAt <= within.toMillis();
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
