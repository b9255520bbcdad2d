package nl.claimdesk.identity.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import nl.claimdesk.IntegrationTest;
import nl.claimdesk.TestSettings;
import nl.claimdesk.Unique;
import nl.claimdesk.email.QueuedMails;
import nl.claimdesk.email.TestMailServer;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.identity.internal.IdentitySettings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The first admin is invited at start-up from CLAIMDESK_ADMIN_EMAIL, until an admin has enrolled. */
@IntegrationTest
class AdminBootstrapTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffInvitations invitations;

    @Test
    void invitesTheConfiguredAddressAtEveryStartUntilAnAdminHasEnrolled() {
        String email = Unique.email("first-admin");
        // Other tests' admins would count as "an admin has enrolled"; they are set aside for this test only.
        List<UUID> otherAdmins = jdbc.sql(
                        "select id from staff_account where active and roles like '%ADMIN%' and enrolled_at is not null")
                .query(UUID.class)
                .list();
        otherAdmins.forEach(id -> setActive(id, false));
        try {
            bootstrapInvitesUntilAnAdminEnrolled(email);
        } finally {
            otherAdmins.forEach(id -> setActive(id, true));
        }
    }

    private void bootstrapInvitesUntilAnAdminEnrolled(String email) {
        AdminBootstrap bootstrap = new AdminBootstrap(
                jdbc,
                invitations,
                TestSettings.bind(
                        IdentitySettings.class,
                        "claimdesk.admin.email=" + email,
                        "claimdesk.admin.name=Eerste Beheerder"));

        bootstrap.run(new DefaultApplicationArguments());
        assertThat(jdbc.sql("select roles from staff_account where email_normalised = ?")
                        .param(email)
                        .query(String.class)
                        .single())
                .isEqualTo("ADMIN");
        assertThat(jdbc.sql("select password_hash from staff_account where email_normalised = ?")
                        .param(email)
                        .query(String.class)
                        .optional())
                .as("never a default password")
                .isEmpty();
        bootstrap.run(new DefaultApplicationArguments());
        assertThat(TestMailServer.awaitMails(email, 2)).hasSize(2);
        assertThat(jdbc.sql("select count(*) from staff_invitation i join staff_account a on a.id = i.staff_id "
                                + "where a.email_normalised = ? and i.used_at is null")
                        .param(email)
                        .query(Integer.class)
                        .single())
                .as("only the newest invitation works")
                .isEqualTo(1);

        TestStaff.enrolled(jdbc, nl.claimdesk.shared.StaffRole.ADMIN);
        bootstrap.run(new DefaultApplicationArguments());
        new QueuedMails(jdbc).awaitDrained();
        assertThat(TestMailServer.mailsTo(email)).as("no third invitation").hasSize(2);
    }

    private void setActive(UUID id, boolean active) {
        jdbc.sql("update staff_account set active = ? where id = ?")
                .params(active, id)
                .update();
    }
}
