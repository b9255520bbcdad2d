package nl.claimdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.infrastructure.Pseudonyms;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Behind the load balancer named in the settings (here 127.0.0.2), rate limits and the audit log see the visitor that
 * the balancer forwarded; a peer that is not named cannot pass itself off as someone else with the same header.
 * Requests really come from those two addresses: the client binds its side of the connection to them.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"claimdesk.trusted-proxies=127.0.0.2", "claimdesk.rate-limits.staff-login-per-ip=1000"})
@ActiveProfiles("test")
class VisitorBehindProxyTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Pseudonyms pseudonyms;

    @Test
    void throughTheTrustedBalancerTheVisitorIsCountedAndAudited() throws Exception {
        String member = TestStaff.create(jdbc).email();
        long balancerBefore = staffLoginAttemptsFrom("127.0.0.2");

        HttpResponse<String> refused = failedStaffLogin("127.0.0.2", "198.51.100.23", member);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(staffLoginAttemptsFrom("198.51.100.23")).isEqualTo(1);
        assertThat(staffLoginAttemptsFrom("127.0.0.2")).as("not the balancer").isEqualTo(balancerBefore);
        assertThat(auditedNetworks(member)).containsExactly("198.51.100.0");
    }

    @Test
    void fromAPeerThatIsNotNamedTheForwardedHeaderIsIgnored() throws Exception {
        String member = TestStaff.create(jdbc).email();
        long peerBefore = staffLoginAttemptsFrom("127.0.0.1");

        HttpResponse<String> refused = failedStaffLogin("127.0.0.1", "198.51.100.24", member);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(staffLoginAttemptsFrom("198.51.100.24"))
                .as("the forged address")
                .isZero();
        assertThat(staffLoginAttemptsFrom("127.0.0.1")).isEqualTo(peerBefore + 1);
        assertThat(auditedNetworks(member)).containsExactly("127.0.0.0");
    }

    /** A staff login with a password for an account that has none yet: counted per address, and audited. */
    private HttpResponse<String> failedStaffLogin(String from, String forwardedFor, String email) throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .localAddress(InetAddress.getByName(from))
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> page = client.send(
                request("/backoffice/login", forwardedFor).GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).as("the login form").isTrue();
        String form = "_csrf=" + encode(csrf.group(1)) + "&email=" + encode(email) + "&password=" + encode("wrong");
        return client.send(
                request("/backoffice/login", forwardedFor)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String forwardedFor) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("X-Forwarded-For", forwardedFor);
    }

    private long staffLoginAttemptsFrom(String address) {
        return jdbc.sql("select coalesce(sum(hits), 0) from rate_limit_window where bucket = ?")
                .param("staff-login-ip:" + pseudonyms.keyed("rate-limit", address))
                .query(Long.class)
                .single();
    }

    private List<String> auditedNetworks(String email) {
        return jdbc.sql("""
                        select ip from audit_entry where action = 'staff.login.failed' and subject_id =
                            (select cast(id as varchar(100)) from staff_account where email = ?)""").param(email).query(String.class).list();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
