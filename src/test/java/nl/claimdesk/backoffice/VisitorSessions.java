package nl.claimdesk.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.claimdesk.email.TestMailServer;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.registration.SiteClient;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A browser for every visitor of the access matrix, logged in the way people log in: the participant with the login
 * link mailed to them, each staff member with password and authenticator code. Each browser has read a page with a
 * form, so its forms carry a valid CSRF token.
 */
public final class VisitorSessions {

    private VisitorSessions() {}

    static Map<Visitor, SiteClient> logIn(int port, JdbcClient jdbc, String participantEmail) {
        Map<Visitor, SiteClient> browsers = new LinkedHashMap<>();
        for (Visitor visitor : Visitor.all()) {
            SiteClient browser;
            String withForm;
            if (visitor.equals(Visitor.ANONYMOUS)) {
                browser = new SiteClient(port);
                withForm = AccessMatrix.STAFF_LOGIN;
            } else if (visitor.equals(Visitor.PARTICIPANT)) {
                browser = participant(port, participantEmail);
                withForm = "/dossier";
            } else {
                browser = TestStaff.logIn(port, TestStaff.enrolled(jdbc, visitor.role()));
                withForm = "/backoffice/dashboard";
            }
            HttpResponse<String> page = browser.get(withForm);
            assertThat(page.statusCode()).as(visitor + " reads " + withForm).isEqualTo(200);
            assertThat(browser.csrf()).as(visitor + "'s form token").isNotBlank();
            browsers.put(visitor, browser);
        }
        return browsers;
    }

    /** Asks for a login link on the login page and follows it from the mail. */
    public static SiteClient participant(int port, String email) {
        SiteClient browser = new SiteClient(port);
        browser.get(AccessMatrix.PARTICIPANT_LOGIN);
        assertThat(browser.post(AccessMatrix.PARTICIPANT_LOGIN, "email", email).statusCode())
                .isEqualTo(200);
        String link = TestMailServer.linkPath(
                TestMailServer.awaitMail(email, "inloglink"), AccessMatrix.PARTICIPANT_LOGIN + "/");
        assertThat(browser.get(link).statusCode()).isEqualTo(200);
        HttpResponse<String> loggedIn = browser.post(link);
        assertThat(loggedIn.statusCode()).as("the login link logs in").isEqualTo(302);
        assertThat(loggedIn.headers().firstValue("Location").orElseThrow()).endsWith("/dossier");
        return browser;
    }
}
