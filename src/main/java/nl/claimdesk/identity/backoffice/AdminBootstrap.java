package nl.claimdesk.identity.backoffice;

import java.util.EnumSet;
import nl.claimdesk.identity.internal.IdentitySettings;
import nl.claimdesk.shared.EmailAddress;
import nl.claimdesk.shared.StaffRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first admin: with {@code CLAIMDESK_ADMIN_EMAIL} set, every start checks whether an admin has logged in with
 * both factors; until one has, the address gets an invitation (a new one each start, the old one stops working).
 * There is never a default password.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

    private final JdbcClient jdbc;
    private final StaffInvitations invitations;
    private final String email;
    private final String name;

    AdminBootstrap(JdbcClient jdbc, StaffInvitations invitations, IdentitySettings settings) {
        this.jdbc = jdbc;
        this.invitations = invitations;
        this.email = settings.admin().email();
        this.name = settings.admin().name();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (email.isBlank()) {
            return;
        }
        EmailAddress address = EmailAddress.parse(email)
                .orElseThrow(
                        () -> new IllegalStateException("CLAIMDESK_ADMIN_EMAIL is not an email address: " + email));
        boolean enrolledAdmin = jdbc.sql("""
                        select count(*) from staff_account
                        where active and enrolled_at is not null and roles like '%ADMIN%'""").query(Integer.class).single() > 0;
        if (enrolledAdmin) {
            return;
        }
        var existing = jdbc.sql("select id from staff_account where email_normalised = ?")
                .param(address.normalised())
                .query(java.util.UUID.class)
                .optional();
        try {
            if (existing.isPresent()) {
                jdbc.sql("update staff_account set roles = ?, active = true where id = ?")
                        .params(StaffAccounts.stored(mergedRoles(existing.get())), existing.get())
                        .update();
                invitations.resetLogin(existing.get());
            } else {
                invitations.invite(name, address, EnumSet.of(StaffRole.ADMIN));
            }
            LOG.info("No admin has logged in yet: an invitation to the back office was mailed to {}", address.value());
        } catch (DuplicateKeyException raced) {
            LOG.info("Another node is inviting the first admin");
        }
    }

    private EnumSet<StaffRole> mergedRoles(java.util.UUID id) {
        EnumSet<StaffRole> roles = EnumSet.of(StaffRole.ADMIN);
        roles.addAll(StaffAccounts.roles(jdbc.sql("select roles from staff_account where id = ?")
                .param(id)
                .query(String.class)
                .single()));
        return roles;
    }
}
