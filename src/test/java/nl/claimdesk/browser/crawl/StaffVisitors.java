package nl.claimdesk.browser.crawl;

import static nl.claimdesk.registration.Funnel.child;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.UUID;
import nl.claimdesk.Ages;
import nl.claimdesk.Unique;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.registration.Dossiers;
import nl.claimdesk.registration.SiteClient;
import nl.claimdesk.shared.StaffRole;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The back office, as each staff role sees it after logging in, and as a member of staff sees it on the way in: the
 * login, the app code, enrolling an app and accepting an invitation.
 */
final class StaffVisitors {

    private final int port;
    private final Clock clock;
    private final JdbcClient jdbc;

    StaffVisitors(int port, JdbcClient jdbc, Clock clock) {
        this.port = port;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** Two parents sign up the same child, so that the review queue has a duplicate to show. */
    void duplicateToReview(String campaign) {
        String family = Dossiers.uniqueLastName("Dubbel").replace(" ", "");
        for (String parent : new String[] {"crawl-moeder", "crawl-vader"}) {
            Dossiers.confirmed(
                    port,
                    jdbc,
                    campaign,
                    Dossiers.uniqueEmail(parent),
                    child("Noor", family, Ages.childBornYearsAgo(clock, 14), 7));
        }
    }

    /** Crawls the back office as a member with just this role. */
    void crawl(StaffRole role, Crawler crawler) {
        SiteClient client = TestStaff.logIn(port, TestStaff.enrolled(jdbc, role));
        Crawler staff = crawler.in(client).within("/backoffice");
        staff.crawl("/backoffice");
        if (role == StaffRole.CASE_HANDLER) {
            staff.expect("/backoffice/files/" + UUID.randomUUID(), 404);
        }
        if (role == StaffRole.VIEWER) {
            staff.expect("/backoffice/staff", 403);
        }
    }

    /**
     * The pages before login: the login form, the code of an enrolled member, the app enrolment of a member who has
     * only a password, the recovery codes after it, and the page of an invitation sent by an administrator.
     */
    void crawlLogin(Crawler crawler) {
        Crawler anonymous = crawler.in(new SiteClient(port));
        anonymous.crawl("/backoffice");
        anonymous.expectStaleForm("/backoffice/login");

        TestStaff.Login enrolled = TestStaff.enrolled(jdbc, StaffRole.VIEWER);
        SiteClient withPassword = new SiteClient(port);
        crawler.in(withPassword).crawl(afterPassword(withPassword, enrolled));

        TestStaff.Login newcomer = TestStaff.withPasswordOnly(jdbc, StaffRole.VIEWER);
        SiteClient enrolling = new SiteClient(port);
        crawler.in(enrolling).crawl(afterPassword(enrolling, newcomer));

        SiteClient admin = TestStaff.logIn(port, TestStaff.enrolled(jdbc, StaffRole.ADMIN));
        String invited = Unique.email("crawl-invited");
        admin.get("/backoffice/staff/invite");
        admin.post("/backoffice/staff/invite", "name", "Crawl Uitgenodigd", "email", invited, "roles", "VIEWER");
        crawler.in(new SiteClient(port)).crawl(CrawlMails.link(invited, "/backoffice/invitation/"));
    }

    private static String afterPassword(SiteClient client, TestStaff.Login login) {
        client.get("/backoffice/login");
        HttpResponse<String> next =
                client.post("/backoffice/login", "email", login.member().email(), "password", login.password());
        return next.headers()
                .firstValue("Location")
                .orElseThrow(() -> new AssertionError("the password step did not lead on: " + next.statusCode()));
    }
}
