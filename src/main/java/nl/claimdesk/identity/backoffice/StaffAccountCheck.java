package nl.claimdesk.identity.backoffice;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import nl.claimdesk.infrastructure.StaffMember;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reloads the logged-in staff member on every back-office request: a deactivated account's sessions end at once
 * (on every node, since they all read the same table), and a changed role applies to the next request.
 */
class StaffAccountCheck extends OncePerRequestFilter {

    private final StaffAccounts accounts;

    StaffAccountCheck(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<StaffMember> inSession = StaffMember.current();
        if (inSession.isPresent()) {
            Optional<StaffMember> now = accounts.active(inSession.get().id());
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            if (now.isPresent()) {
                context.setAuthentication(StaffSessions.authentication(now.get()));
            } else {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            }
            // Only this request sees the reloaded member; the session keeps what the login stored.
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }
}
