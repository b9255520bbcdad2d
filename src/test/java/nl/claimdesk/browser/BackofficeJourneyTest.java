package nl.claimdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.shared.StaffRole;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The back office in Chromium: a member of staff logs in with password and app code, and does their work. */
@BrowserTest
class BackofficeJourneyTest {

    private final Browser browser = Browser.shared();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNewAdminEnrolsTheirAppLogsInAndManagesStaff() {
        TestStaff.Login admin = TestStaff.withPasswordOnly(jdbc, StaffRole.ADMIN);
        SignUpPages pages = pages();
        logInWithPassword(pages, admin);
        assertThat(pages.heading()).isEqualTo("Tweede stap instellen");
        assertThat(pages.page().findElements(By.cssSelector("svg.qr-code"))).hasSize(1);
        pages.accessible();
        String secret = pages.page().findElement(By.cssSelector("code.secret")).getText();
        pages.type("code", TestStaff.codeFor(secret));
        pages.press("Instellen en inloggen");
        assertThat(pages.heading()).isEqualTo("Uw herstelcodes");
        assertThat(pages.page().findElements(By.cssSelector(".recovery-codes li")))
                .hasSize(10);
        pages.accessible();

        pages.open("/backoffice/staff");
        assertThat(pages.heading()).isEqualTo("Medewerkers");
        pages.accessible();
        pages.follow("Medewerker uitnodigen");
        pages.press("Uitnodigen");
        assertThat(pages.summaryErrors()).contains("Vul de naam in", "Kies minstens één rol");
        pages.accessible();
        pages.type("name", "Nieuwe Behandelaar");
        pages.type("email", "behandelaar-" + admin.member().id().toString().substring(0, 8) + "@example.nl");
        pages.tick("role-CASE_HANDLER");
        pages.press("Uitnodigen");
        assertThat(pages.page().findElement(By.cssSelector(".notice")).getText())
                .contains("uitnodiging is verstuurd");
        pages.follow("Nieuwe Behandelaar");
        assertThat(pages.heading()).isEqualTo("Nieuwe Behandelaar");
        pages.accessible();
        logOut(pages);
    }

    private SignUpPages pages() {
        browser.driver().manage().deleteAllCookies();
        return new SignUpPages(browser, "http://localhost:" + port);
    }

    static void logInWithPassword(SignUpPages pages, TestStaff.Login login) {
        pages.open("/backoffice");
        assertThat(pages.heading()).isEqualTo("Inloggen voor medewerkers");
        pages.accessible();
        pages.type("email", login.member().email());
        pages.type("password", login.password());
        pages.press("Verder");
    }

    static void logIn(SignUpPages pages, TestStaff.Login login) {
        logInWithPassword(pages, login);
        assertThat(pages.heading()).isEqualTo("Code uit uw authenticator-app");
        pages.accessible();
        pages.type("code", login.currentCode());
        pages.press("Inloggen");
    }

    static void logOut(SignUpPages pages) {
        pages.press("Uitloggen");
        assertThat(pages.heading()).isEqualTo("Inloggen voor medewerkers");
    }
}
