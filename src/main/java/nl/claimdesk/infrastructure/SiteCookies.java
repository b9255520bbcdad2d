package nl.claimdesk.infrastructure;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.session.SessionIdGenerator;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.stereotype.Component;

/**
 * The site's cookies, the session, the CSRF token and the sealed form drafts ({@link SealedCookies}): HttpOnly,
 * SameSite=Lax, {@code Secure}, {@code Path=/}, no {@code Domain}, and named with the {@code __Host-} prefix, so that the browser refuses them from plain HTTP and from
 * a sibling subdomain. Browsers treat http://localhost as secure, so the local demo works as it is. The one switch,
 * {@code claimdesk.secure-cookies=false}, is for plain HTTP on another host only (and for the tests' HTTP client,
 * which keeps Secure cookies to HTTPS); it drops both the flag and the prefix, which browsers require together. Under
 * the {@code prod} profile the application refuses to start with it.
 */
@Component
public class SiteCookies {

    private static final String SECURE_PREFIX = "__Host-";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** 216 random bits in exactly the 36 characters of the session table's id column (a UUID has 122). */
    private static final int SESSION_ID_BYTES = 27;

    private static final int CSRF_TOKEN_BYTES = 32;

    private final boolean secure;

    SiteCookies(InfrastructureSettings settings, Environment environment) {
        boolean secure = settings.secureCookies();
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

    /** Session ids with at least 128 random bits (OWASP ASVS 5.0, 7.2.3); Spring Session's default is a UUID. */
    @Bean
    SessionIdGenerator sessionIds() {
        return () -> random(SESSION_ID_BYTES);
    }

    /** A new repository for one security chain's CSRF tokens, each of 256 random bits instead of a UUID. */
    public CsrfTokenRepository csrfTokens() {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieName(csrfCookieName());
        tokens.setCookiePath("/");
        tokens.setCookieCustomizer(cookie -> cookie.secure(secure).sameSite("Lax"));
        return new RandomCsrfTokens(tokens);
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    /** Cookie storage as Spring Security does it, with longer tokens. */
    private record RandomCsrfTokens(CsrfTokenRepository cookies) implements CsrfTokenRepository {

        @Override
        public CsrfToken generateToken(HttpServletRequest request) {
            CsrfToken standard = cookies.generateToken(request);
            return new DefaultCsrfToken(
                    standard.getHeaderName(), standard.getParameterName(), random(CSRF_TOKEN_BYTES));
        }

        @Override
        public void saveToken(@Nullable CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
            cookies.saveToken(token, request, response);
        }

        @Override
        public @Nullable CsrfToken loadToken(HttpServletRequest request) {
            return cookies.loadToken(request);
        }
    }

    /** The name a cookie of the site has in the browser: with the {@code __Host-} prefix whenever it is Secure. */
    public String name(String name) {
        return secure ? SECURE_PREFIX + name : name;
    }

    public boolean secure() {
        return secure;
    }
}
