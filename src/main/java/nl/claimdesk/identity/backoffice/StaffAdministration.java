package nl.claimdesk.identity.backoffice;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.audit.AuditDetails;
import nl.claimdesk.audit.AuditLog;
import nl.claimdesk.identity.view.StaffRow;
import nl.claimdesk.infrastructure.StaffMember;
import nl.claimdesk.shared.EmailAddress;
import nl.claimdesk.shared.StaffRole;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What admins do with staff accounts: invite, change roles, deactivate and reactivate, reset a login. Every change
 * is audited with before and after. An admin cannot deactivate themself or take away their own admin role, so the
 * back office always keeps an admin.
 */
@Component
class StaffAdministration {

    private final JdbcClient jdbc;
    private final StaffInvitations invitations;
    private final AuditLog audit;
    private final Clock clock;

    StaffAdministration(JdbcClient jdbc, StaffInvitations invitations, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.invitations = invitations;
        this.audit = audit;
        this.clock = clock;
    }

    List<StaffRow> all() {
        return rows("", List.of());
    }

    Optional<StaffRow> find(UUID id) {
        return rows("where id = ?", List.of(id)).stream().findFirst();
    }

    private List<StaffRow> rows(String where, List<Object> params) {
        return jdbc.sql("""
                        select id, name, email, roles, active, enrolled_at, password_hash is not null as has_password
                        from staff_account\s""" + where + " order by active desc, name, email")
                .params(params)
                .query((rs, row) -> new StaffRow(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getString("email"),
                        StaffAccounts.roles(rs.getString("roles")),
                        rs.getBoolean("active"),
                        rs.getBoolean("has_password"),
                        rs.getObject("enrolled_at", OffsetDateTime.class)))
                .list();
    }

    @Transactional
    Optional<UUID> invite(
            StaffMember admin, @Nullable String ip, String name, EmailAddress email, Set<StaffRole> roles) {
        Optional<UUID> id = invitations.invite(name, email, roles);
        id.ifPresent(invited -> audit.record(
                Actor.staff(admin.id()),
                ip,
                "staff.invited",
                "staff",
                invited,
                AuditDetails.change(
                        Map.of(), Map.of("name", name, "email", email.value(), "roles", StaffAccounts.stored(roles)))));
        return id;
    }

    /** Refuses (false) to take away the acting admin's own admin role. */
    @Transactional
    boolean changeRoles(StaffMember admin, @Nullable String ip, UUID id, Set<StaffRole> roles) {
        if (admin.id().equals(id) && !roles.contains(StaffRole.ADMIN)) {
            return false;
        }
        String before = jdbc.sql("select roles from staff_account where id = ?")
                .param(id)
                .query(String.class)
                .single();
        String after = StaffAccounts.stored(roles);
        jdbc.sql("update staff_account set roles = ? where id = ?")
                .params(after, id)
                .update();
        audit.record(
                Actor.staff(admin.id()),
                ip,
                "staff.rolesChanged",
                "staff",
                id,
                AuditDetails.change(Map.of("roles", before), Map.of("roles", after)));
        return true;
    }

    /** Ends the member's access at once (every back-office request checks the account). Refuses one's own. */
    @Transactional
    boolean setActive(StaffMember admin, @Nullable String ip, UUID id, boolean active) {
        if (admin.id().equals(id)) {
            return false;
        }
        int changed = jdbc.sql("update staff_account set active = ?, deactivated_at = ? where id = ? and active <> ?")
                .params(active, active ? null : OffsetDateTime.now(clock), id, active)
                .update();
        if (changed == 1) {
            audit.record(
                    Actor.staff(admin.id()),
                    ip,
                    active ? "staff.reactivated" : "staff.deactivated",
                    "staff",
                    id,
                    AuditDetails.change(Map.of("active", !active), Map.of("active", active)));
        }
        return true;
    }

    @Transactional
    void resetLogin(StaffMember admin, @Nullable String ip, UUID id) {
        invitations.resetLogin(id);
        audit.record(Actor.staff(admin.id()), ip, "staff.loginReset", "staff", id, null);
    }
}
