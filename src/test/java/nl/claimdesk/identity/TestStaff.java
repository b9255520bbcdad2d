package nl.claimdesk.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import nl.claimdesk.Unique;
import nl.claimdesk.shared.StaffRole;
import nl.claimdesk.web.StaffMember;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Staff accounts for tests: active and enrolled, with the roles asked for. */
public final class TestStaff {

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
}
