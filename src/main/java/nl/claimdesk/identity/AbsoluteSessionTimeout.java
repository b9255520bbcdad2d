package nl.claimdesk.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Ends a participant's session a fixed time after login, however active it was (the idle timeout is separate). */
public class AbsoluteSessionTimeout extends OncePerRequestFilter {

    private final Clock clock;
    private final Duration maximum;

    public AbsoluteSessionTimeout(Clock clock, Duration maximum) {
        this.clock = clock;
        this.maximum = maximum;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null
                && session.getAttribute(ParticipantSessions.LOGGED_IN_AT) instanceof Long loggedInAt
                && clock.millis() - loggedInAt > maximum.toMillis()) {
            session.invalidate();
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
    }
}
