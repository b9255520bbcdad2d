package nl.claimdesk.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The CSRF token of the request being rendered, for the hidden field every form carries. */
public final class Csrf {

    private Csrf() {}

    public static String parameterName() {
        return current().getParameterName();
    }

    public static String token() {
        return current().getToken();
    }

    private static CsrfToken current() {
        HttpServletRequest request =
                ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        Object token = request.getAttribute(CsrfToken.class.getName());
        if (token instanceof CsrfToken csrf) {
            return csrf;
        }
        throw new IllegalStateException("no CSRF token on " + request.getRequestURI() + ": is CSRF protection on?");
    }
}
