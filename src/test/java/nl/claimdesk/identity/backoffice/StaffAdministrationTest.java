package nl.claimdesk.identity.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import nl.claimdesk.IntegrationTest;
import nl.claimdesk.Unique;
import nl.claimdesk.email.TestMailServer;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.infrastructure.StaffMember;
import nl.claimdesk.shared.StaffRole;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Admins invite staff, change their roles, deactivate them; every change is in the audit log. */
@IntegrationTest
class StaffAdministrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdminInvitesAMemberWhoReceivesTheLink() throws Exception {
        StaffMember admin = TestStaff.create(jdbc, StaffRole.ADMIN);
        String email = Unique.email("colleague");
        mvc.perform(post("/backoffice/staff/invite")
                        .with(TestStaff.as(admin))
                        .with(csrf())
                        .param("name", "Nieuwe Collega")
                        .param("email", email)
                        .param("roles", "CASE_HANDLER", "EDITOR"))
                .andExpect(redirectedUrl("/backoffice/staff?done=invited"));

        assertThat(jdbc.sql("select roles from staff_account where email_normalised = ?")
                        .param(email)
                        .query(String.class)
                        .single())
                .isEqualTo("CASE_HANDLER,EDITOR");
        assertThat(TestMailServer.linkPath(TestMailServer.awaitMail(email), StaffInvitations.PATH))
                .isNotBlank();
        assertThat(auditActions(admin)).contains("staff.invited");
        mvc.perform(get("/backoffice/staff").with(TestStaff.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(email)));
    }

    @Test
    void anInvitationWithMistakesKeepsWhatWasTypedAndSaysWhatToFix() throws Exception {
        StaffMember admin = TestStaff.create(jdbc, StaffRole.ADMIN);
        mvc.perform(post("/backoffice/staff/invite")
                        .with(TestStaff.as(admin))
                        .with(csrf())
                        .param("name", "Iemand Zonder Rol")
                        .param("email", "geen-adres"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("value=\"Iemand Zonder Rol\"")))
                .andExpect(content().string(Matchers.containsString("value=\"geen-adres\"")))
                .andExpect(content().string(Matchers.containsString("Kies minstens één rol")));

        mvc.perform(post("/backoffice/staff/invite")
                        .with(TestStaff.as(admin))
                        .with(csrf())
                        .param("name", "Dubbel")
                        .param("email", admin.email().toUpperCase())
                        .param("roles", "VIEWER"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("bestaat al een account")));
    }

    @Test
    void rolesChangeAtTheNextRequestAndTheChangeIsAudited() throws Exception {
        StaffMember admin = TestStaff.create(jdbc, StaffRole.ADMIN);
        StaffMember member = TestStaff.create(jdbc, StaffRole.VIEWER);
        mvc.perform(get("/backoffice/staff").with(TestStaff.as(member))).andExpect(status().isForbidden());

        mvc.perform(post("/backoffice/staff/" + member.id() + "/roles")
                        .with(TestStaff.as(admin))
                        .with(csrf())
                        .param("roles", "ADMIN"))
                .andExpect(redirectedUrl("/backoffice/staff?done=roles"));

        mvc.perform(get("/backoffice/staff").with(TestStaff.as(member))).andExpect(status().isOk());
        assertThat(jdbc.sql("select details from audit_entry where action = 'staff.rolesChanged' and subject_id = ?")
                        .param(member.id().toString())
                        .query(String.class)
                        .single())
                .contains("\"before\":{\"roles\":\"VIEWER\"}")
                .contains("\"after\":{\"roles\":\"ADMIN\"}");
    }

    @Test
    void anAdminCannotLockThemselfOut() throws Exception {
        StaffMember admin = TestStaff.create(jdbc, StaffRole.ADMIN);
        mvc.perform(post("/backoffice/staff/" + admin.id() + "/roles")
                        .with(TestStaff.as(admin))
                        .with(csrf())
                        .param("roles", "VIEWER"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("eigen rol van beheerder")));
        mvc.perform(post("/backoffice/staff/" + admin.id() + "/deactivate")
                        .with(TestStaff.as(admin))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent());
        assertThat(jdbc.sql("select active from staff_account where id = ?")
                        .param(admin.id())
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void aDeactivatedMemberIsRefusedAndCanBeReactivated() throws Exception {
        StaffMember admin = TestStaff.create(jdbc, StaffRole.ADMIN);
        StaffMember member = TestStaff.create(jdbc, StaffRole.CASE_HANDLER);
        mvc.perform(post("/backoffice/staff/" + member.id() + "/deactivate")
                        .with(TestStaff.as(admin))
                        .with(csrf()))
                .andExpect(redirectedUrl("/backoffice/staff?done=deactivated"));
        mvc.perform(get("/backoffice").with(TestStaff.as(member))).andExpect(redirectedUrl("/backoffice/login"));

        mvc.perform(post("/backoffice/staff/" + member.id() + "/reactivate")
                        .with(TestStaff.as(admin))
                        .with(csrf()))
                .andExpect(redirectedUrl("/backoffice/staff?done=reactivated"));
        mvc.perform(get("/backoffice").with(TestStaff.as(member))).andExpect(redirectedUrl("/backoffice/dashboard"));
        assertThat(auditActions(admin)).contains("staff.deactivated", "staff.reactivated");
    }

    @Test
    void resettingALoginTakesAwayPasswordAndAppAndSendsANewInvitation() throws Exception {
        StaffMember admin = TestStaff.create(jdbc, StaffRole.ADMIN);
        TestStaff.Login member = TestStaff.enrolled(jdbc, StaffRole.EDITOR);
        mvc.perform(post("/backoffice/staff/" + member.member().id() + "/reset")
                        .with(TestStaff.as(admin))
                        .with(csrf()))
                .andExpect(redirectedUrl("/backoffice/staff?done=reset"));
        assertThat(jdbc.sql("""
                                select count(*) from staff_account
                                where id = ? and password_hash is null and totp_secret is null and enrolled_at is null""")
                        .param(member.member().id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(TestMailServer.awaitMail(member.member().email()).getSubject())
                .contains("Uitnodiging");
    }

    @Test
    void anUnknownMemberIsNotFound() throws Exception {
        StaffMember admin = TestStaff.create(jdbc, StaffRole.ADMIN);
        mvc.perform(get("/backoffice/staff/" + UUID.randomUUID()).with(TestStaff.as(admin)))
                .andExpect(status().isNotFound());
    }

    private java.util.List<String> auditActions(StaffMember actor) {
        return jdbc.sql("select action from audit_entry where actor_kind = 'STAFF' and actor_id = ?")
                .param(actor.id().toString())
                .query(String.class)
                .list();
    }
}
