package nl.claimdesk.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.stereotype.Component;

/**
 * The site's two cookies, the session and the CSRF token: HttpOnly, SameSite=Lax, {@code Secure}, {@code Path=/}, no
 * {@code Domain}, and named with the {@code __Host-} prefix, so that the browser refuses them from plain HTTP and from
 * a sibling subdomain. Browsers treat http://localhost as secure, so the local demo works as it is. The one switch,
 * {@code claimdesk.secure-cookies=false}, is for plain HTTP on another host only (and for the tests' HTTP client,
 * which keeps Secure cookies to HTTPS); it drops both the flag and the prefix, which browsers require together. Under
 * the {@code prod} profile the application refuses to start with it.
 */
@Component
public class SiteCookies {

    private static final String SECURE_PREFIX = "__Host-";

    private final boolean secure;

    SiteCookies(@Value("${claimdesk.secure-cookies:true}") boolean secure, Environment environment) {
        if (!secure && environment.matchesProfiles("prod")) {
            throw new IllegalStateException(
                    "CLAIMDESK_SECURE_COOKIES=false is for plain-HTTP local runs only; remove it under the prod profile");
        }
        this.secure = secure;
    }

    public String sessionCookieName() {
        return name("SESSION");
    }

    public String csrfCookieName() {
        return name("XSRF-TOKEN");
    }

    @Bean
    CookieSerializer sessionCookie() {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName(sessionCookieName());
        cookie.setCookiePath("/");
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        cookie.setUseSecureCookie(secure);
        return cookie;
    }

    /** A new repository for one security chain's CSRF tokens. */
    public CsrfTokenRepository csrfTokens() {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieName(csrfCookieName());
        tokens.setCookiePath("/");
        tokens.setCookieCustomizer(cookie -> cookie.secure(secure).sameSite("Lax"));
        return tokens;
    }

    private String name(String name) {
        return secure ? SECURE_PREFIX + name : name;
    }
}
