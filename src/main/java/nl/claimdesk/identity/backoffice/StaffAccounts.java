package nl.claimdesk.identity.backoffice;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.claimdesk.infrastructure.StaffMember;
import nl.claimdesk.shared.StaffRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads staff accounts as the back office's access checks need them. */
@Component
public class StaffAccounts {

    private final JdbcClient jdbc;

    StaffAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The member as they are now, if their account is active and fully enrolled. */
    Optional<StaffMember> active(UUID id) {
        return jdbc.sql("""
                        select id, email, name, roles from staff_account
                        where id = ? and active and enrolled_at is not null""")
                .param(id)
                .query((rs, row) -> new StaffMember(
                        rs.getObject("id", UUID.class),
                        rs.getString("email"),
                        rs.getString("name"),
                        roles(rs.getString("roles"))))
                .optional();
    }

    static Set<StaffRole> roles(String stored) {
        if (stored.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(stored.split(","))
                .map(String::trim)
                .map(StaffRole::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(StaffRole.class)));
    }

    public static String stored(Set<StaffRole> roles) {
        return roles.stream().sorted().map(StaffRole::name).collect(Collectors.joining(","));
    }
}
