package nl.claimdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.claimdesk.email.TestMailServer;
import nl.claimdesk.identity.Accounts;
import nl.claimdesk.shared.EmailAddress;
import nl.claimdesk.shared.Language;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Logging in with the cookies as they are by default ({@code Secure}, {@code __Host-} names) over plain
 * http://localhost, as in the local demo: Chromium treats localhost as a secure context and keeps both the CSRF and
 * the session cookie, so the forms and the login work.
 */
@BrowserTest
@TestPropertySource(properties = "claimdesk.secure-cookies=true")
class SecureCookiesJourneyTest {

    private static final Pattern LOGIN_LINK = Pattern.compile("https?://[^/\\s]+(/nl/inloggen/[A-Za-z0-9_-]+)");

    private final Browser browser = Browser.shared();

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Test
    void aParticipantLogsInOverPlainHttpOnLocalhost() {
        String email = "veilig-" + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
        accounts.open(EmailAddress.parse(email).orElseThrow(), Language.NL);
        SignUpPages pages = new SignUpPages(browser, "http://localhost:" + port);

        pages.open("/nl/inloggen");
        pages.type("email", email);
        pages.press("Stuur mij een inloglink");
        assertThat(pages.heading())
                .as("the form's POST carried the CSRF cookie")
                .isEqualTo("Kijk in je mailbox");

        String text = TestMailServer.text(TestMailServer.awaitMail(email, "inloglink"))
                .replace("=\r\n", "")
                .replace("=3D", "=");
        Matcher link = LOGIN_LINK.matcher(text);
        assertThat(link.find()).as(text).isTrue();
        pages.open(link.group(1));
        pages.press("Inloggen");
        pages.open("/dossier/email");
        assertThat(pages.heading()).as("the session cookie came back").isEqualTo("E-mailadres wijzigen");

        Map<String, Cookie> cookies = browser.driver().manage().getCookies().stream()
                .collect(Collectors.toMap(Cookie::getName, cookie -> cookie));
        assertThat(cookies).containsKeys("__Host-SESSION", "__Host-XSRF-TOKEN");
        assertThat(cookies.get("__Host-SESSION").isSecure()).isTrue();
        assertThat(cookies.get("__Host-XSRF-TOKEN").isSecure()).isTrue();
    }
}
