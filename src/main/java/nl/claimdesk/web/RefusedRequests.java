package nl.claimdesk.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.stream.Collectors;
import nl.claimdesk.infrastructure.SecurityEvent;
import nl.claimdesk.infrastructure.StaffMember;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Logs refused requests as security events: who asked (a staff member by id, a participant, or an anonymous visitor
 * — never a name or address), what, and why. A visitor without a session who is sent to a login page is an ordinary
 * event; a logged-in person refused, or a form without its CSRF token, is a warning. Path segments long enough to be
 * a token or an id are masked.
 */
@Configuration(proxyBeanMethods = false)
class RefusedRequests {

    private static final int LONGEST_PLAIN_SEGMENT = 20;

    /** Makes every chain's access rules publish their refusals as events. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
        return new SpringAuthorizationEventPublisher(events);
    }

    @EventListener
    void refused(AuthorizationDeniedEvent<?> refusal) {
        if (!(refusal.getObject() instanceof HttpServletRequest request)) {
            return;
        }
        Authentication who = refusal.getAuthentication().get();
        if (who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated()) {
            SecurityEvent.ACCESS_WITHOUT_LOGIN.log(
                    "method", request.getMethod(), "path", masked(request.getRequestURI()));
        } else {
            SecurityEvent.AUTHORISATION_FAILED.log(
                    "method",
                    request.getMethod(),
                    "path",
                    masked(request.getRequestURI()),
                    "actor",
                    who.getPrincipal() instanceof StaffMember member ? "staff:" + member.id() : "participant",
                    "reason",
                    "not-allowed");
        }
    }

    /** The 403 of a form sent without its CSRF token (or with a stale one), logged before it is sent. */
    static AccessDeniedHandler csrfRefusals() {
        AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();
        return (HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused) -> {
            if (refused instanceof CsrfException) {
                SecurityEvent.AUTHORISATION_FAILED.log(
                        "method", request.getMethod(),
                        "path", masked(request.getRequestURI()),
                        "reason", "csrf");
            }
            forbidden.handle(request, response, refused);
        };
    }

    static String masked(String path) {
        return Arrays.stream(path.split("/", -1))
                .map(segment -> segment.length() > LONGEST_PLAIN_SEGMENT ? "{…}" : segment)
                .collect(Collectors.joining("/"));
    }
}
