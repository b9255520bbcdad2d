package nl.claimdesk.identity.backoffice;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import nl.claimdesk.identity.ParticipantSessions;
import nl.claimdesk.infrastructure.StaffMember;
import nl.claimdesk.shared.StaffRole;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Logging staff in once both factors are checked. The session lives in the database; its id is renewed at login.
 */
@Component
public class StaffSessions {

    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final Clock clock;

    StaffSessions(Clock clock) {
        this.clock = clock;
    }

    void logIn(StaffMember member, HttpServletRequest request, HttpServletResponse response) {
        HttpSession existing = request.getSession(false);
        if (existing != null) {
            request.changeSessionId();
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication(member));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        request.getSession().setAttribute(ParticipantSessions.LOGGED_IN_AT, clock.millis());
    }

    public static Authentication authentication(StaffMember member) {
        return UsernamePasswordAuthenticationToken.authenticated(
                member,
                null,
                member.roles().stream()
                        .map(StaffRole::authority)
                        .map(SimpleGrantedAuthority::new)
                        .toList());
    }
}
