package nl.claimdesk.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import nl.claimdesk.TestToday;
import nl.claimdesk.Unique;
import nl.claimdesk.identity.backoffice.StaffAccounts;
import nl.claimdesk.identity.backoffice.StaffPasswordHasher;
import nl.claimdesk.identity.backoffice.StaffSessions;
import nl.claimdesk.identity.backoffice.Totp;
import nl.claimdesk.infrastructure.StaffMember;
import nl.claimdesk.registration.SiteClient;
import nl.claimdesk.shared.StaffRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Staff accounts for tests: active and enrolled, with the roles asked for. */
public final class TestStaff {

    private static final StaffPasswordHasher HASHER = new StaffPasswordHasher();

    private TestStaff() {}

    /** A new active staff member with these roles, stored so that the back office's per-request check finds them. */
    public static StaffMember create(JdbcClient jdbc, StaffRole... roles) {
        UUID id = UUID.randomUUID();
        String email = Unique.email("staff");
        String name = "Staff " + id.toString().substring(0, 8);
        EnumSet<StaffRole> set = roles.length == 0 ? EnumSet.noneOf(StaffRole.class) : EnumSet.copyOf(List.of(roles));
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.sql("""
                        insert into staff_account (id, email, email_normalised, name, roles, active, created_at,
                            enrolled_at)
                        values (?, ?, ?, ?, ?, true, ?, ?)""")
                .params(id, email, email.toLowerCase(java.util.Locale.ROOT), name, StaffAccounts.stored(set), now, now)
                .update();
        return new StaffMember(id, email, name, set);
    }

    /** Sends a MockMvc request as this staff member, logged in with both factors. */
    public static RequestPostProcessor as(StaffMember member) {
        return authentication(StaffSessions.authentication(member));
    }

    /** A member who can log in for real: their password and the secret of their authenticator app. */
    public record Login(StaffMember member, String password, String secret) {

        public String currentCode() {
            return Totp.code(secret, Totp.step(TestToday.now()));
        }
    }

    /** A new active member with a password who has not enrolled an authenticator app yet. */
    public static Login withPasswordOnly(JdbcClient jdbc, StaffRole... roles) {
        StaffMember member = create(jdbc, roles);
        String password = "een wachtwoord voor " + member.id();
        jdbc.sql("update staff_account set password_hash = ?, enrolled_at = null where id = ?")
                .params(HASHER.hash(password), member.id())
                .update();
        return new Login(member, password, "");
    }

    /** The code an authenticator app with this secret shows now. */
    public static String codeFor(String secret) {
        return Totp.code(secret.replace(" ", ""), Totp.step(TestToday.now()));
    }

    /** A new active member with a password and an enrolled authenticator app. */
    public static Login enrolled(JdbcClient jdbc, StaffRole... roles) {
        StaffMember member = create(jdbc, roles);
        String password = "een wachtwoord voor " + member.id();
        String secret = Totp.newSecret();
        jdbc.sql("update staff_account set password_hash = ?, totp_secret = ? where id = ?")
                .params(HASHER.hash(password), secret, member.id())
                .update();
        return new Login(member, password, secret);
    }

    /** Logs the member in over HTTP with password and app code, as a browser would. */
    public static SiteClient logIn(int port, Login login) {
        SiteClient client = new SiteClient(port);
        client.get("/backoffice/login");
        client.post("/backoffice/login", "email", login.member().email(), "password", login.password());
        client.get("/backoffice/login/code");
        HttpResponse<String> done = client.post("/backoffice/login/code", "code", login.currentCode());
        if (!done.headers().firstValue("Location").orElse("").endsWith("/backoffice/dashboard")) {
            throw new IllegalStateException("The staff login failed: " + done.statusCode());
        }
        return client;
    }
}
