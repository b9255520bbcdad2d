package nl.claimdesk.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.servlet.http.Cookie;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.claimdesk.ServerTest;
import nl.claimdesk.TestSettings;
import nl.claimdesk.Unique;
import nl.claimdesk.identity.AccountId;
import nl.claimdesk.identity.Accounts;
import nl.claimdesk.identity.OneTimeTokens;
import nl.claimdesk.identity.TokenPurpose;
import nl.claimdesk.shared.EmailAddress;
import nl.claimdesk.shared.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.test.context.TestPropertySource;

/**
 * The session and CSRF cookies as the application sends them by default: {@code __Host-} names, {@code Secure},
 * {@code Path=/}, no {@code Domain}, HttpOnly. (The other tests switch Secure off for their plain-HTTP client.)
 */
@ServerTest
@TestPropertySource(properties = "claimdesk.secure-cookies=true")
class SecureCookiesTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    OneTimeTokens tokens;

    @Test
    void securedIsTheDefaultSetting() throws Exception {
        Properties settings = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            settings.load(in);
        }
        assertThat(settings.getProperty("claimdesk.secure-cookies"))
                .as("application.properties leaves the record's default")
                .isNull();
        assertThat(TestSettings.bind(InfrastructureSettings.class).secureCookies())
                .isTrue();
    }

    @Test
    void theCsrfAndSessionCookiesOfALoginAreHostCookies() throws Exception {
        AccountId account =
                accounts.open(EmailAddress.parse(Unique.email("cookie")).orElseThrow(), Language.NL);
        String link = "/nl/inloggen/" + tokens.issue(account, TokenPurpose.LOG_IN, null);

        HttpResponse<String> page =
                http.send(HttpRequest.newBuilder(uri(link)).GET().build(), HttpResponse.BodyHandlers.ofString());
        String csrfCookie = cookie(page.headers().allValues(HttpHeaders.SET_COOKIE), "__Host-XSRF-TOKEN");
        assertIsHostCookie(csrfCookie);

        Matcher field = CSRF_FIELD.matcher(page.body());
        assertThat(field.find()).isTrue();
        HttpResponse<String> loggedIn = http.send(
                HttpRequest.newBuilder(uri(link))
                        .header(HttpHeaders.COOKIE, csrfCookie.substring(0, csrfCookie.indexOf(';')))
                        .header(HttpHeaders.CONTENT_TYPE, "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "_csrf=" + URLEncoder.encode(field.group(1), StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(loggedIn.statusCode()).isEqualTo(302);
        String session = cookie(loggedIn.headers().allValues(HttpHeaders.SET_COOKIE), "__Host-SESSION");
        assertIsHostCookie(session);
        String sessionId = new String(
                Base64.getDecoder().decode(session.substring(session.indexOf('=') + 1, session.indexOf(';'))),
                StandardCharsets.US_ASCII);
        assertThat(sessionId)
                .as("216 random bits, not a UUID's 122")
                .hasSize(36)
                .matches("[A-Za-z0-9_-]{36}");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    @ParameterizedTest(name = "secure cookies {0}: {1} and {2}")
    @CsvSource({"true, __Host-SESSION, __Host-XSRF-TOKEN", "false, SESSION, XSRF-TOKEN"})
    void theSwitchTurnsFlagAndPrefixOnAndOffTogether(boolean secure, String session, String csrf) {
        SiteCookies cookies = new SiteCookies(secureCookies(secure), new MockEnvironment());
        MockHttpServletRequest request = new MockHttpServletRequest();
        MockHttpServletResponse response = new MockHttpServletResponse();

        CsrfTokenRepository repository = cookies.csrfTokens();
        repository.saveToken(repository.generateToken(request), request, response);

        String written = cookie(response.getHeaders(HttpHeaders.SET_COOKIE), csrf);
        assertThat(repository.generateToken(request).getToken())
                .as("256 random bits, not a UUID")
                .matches("[A-Za-z0-9_-]{43}");
        assertThat(cookies.sessionCookieName()).isEqualTo(session);
        assertThat(written.contains("; Secure")).isEqualTo(secure);
        assertThat(written).containsPattern("; Path=/(;|$)").doesNotContainIgnoringCase("domain=");
    }

    @Test
    void theSealedDraftCookieIsAHostCookieToo() {
        SiteSecrets secrets = mock(SiteSecrets.class);
        when(secrets.key("sealed-cookies")).thenReturn(new byte[32]);
        SealedCookies sealed = new SealedCookies(secrets, new SiteCookies(secureCookies(true), new MockEnvironment()));
        MockHttpServletResponse response = new MockHttpServletResponse();

        sealed.write(response, "signup", "what was typed", Duration.ofHours(4));

        String written = cookie(response.getHeaders(HttpHeaders.SET_COOKIE), "__Host-signup");
        assertIsHostCookie(written);
        MockHttpServletRequest back = new MockHttpServletRequest();
        back.setCookies(new Cookie("__Host-signup", written.substring(written.indexOf('=') + 1, written.indexOf(';'))));
        assertThat(sealed.read(back, "signup")).hasValue("what was typed");
        MockHttpServletRequest unprefixed = new MockHttpServletRequest();
        unprefixed.setCookies(new Cookie("signup", back.getCookies()[0].getValue()));
        assertThat(sealed.read(unprefixed, "signup"))
                .as("a cookie without the prefix is not ours")
                .isEmpty();
    }

    @Test
    void theProductionProfileRefusesCookiesWithoutSecure() {
        MockEnvironment production = new MockEnvironment();
        production.setActiveProfiles("prod");

        assertThatThrownBy(() -> new SiteCookies(secureCookies(false), production))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CLAIMDESK_SECURE_COOKIES");
        assertThat(new SiteCookies(secureCookies(true), production).sessionCookieName())
                .isEqualTo("__Host-SESSION");
    }

    private static InfrastructureSettings secureCookies(boolean secure) {
        return TestSettings.bind(InfrastructureSettings.class, "claimdesk.secure-cookies=" + secure);
    }

    private static String cookie(List<String> cookies, String name) {
        return cookies.stream()
                .filter(cookie -> cookie.startsWith(name + "="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no cookie " + name + " in " + cookies));
    }

    private static void assertIsHostCookie(String cookie) {
        assertThat(cookie)
                .contains("; Secure")
                .contains("; HttpOnly")
                .containsPattern("; Path=/(;|$)")
                .doesNotContainIgnoringCase("domain=")
                .containsIgnoringCase("SameSite=Lax");
    }
}
