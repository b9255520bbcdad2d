package nl.claimdesk.backoffice;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.claimdesk.IntegrationTest;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.infrastructure.StaffMember;
import nl.claimdesk.shared.StaffRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class BackofficeShellTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anonymousVisitorsAreSentToTheStaffLogin() throws Exception {
        mvc.perform(get("/backoffice")).andExpect(status().isFound()).andExpect(redirectedUrl("/backoffice/login"));
    }

    @Test
    void everyRoleStartsOnTheDashboard() throws Exception {
        for (StaffRole role : StaffRole.values()) {
            StaffMember member = TestStaff.create(jdbc, role);
            mvc.perform(get("/backoffice").with(TestStaff.as(member)))
                    .andExpect(status().isFound())
                    .andExpect(redirectedUrl("/backoffice/dashboard"));
        }
    }

    @Test
    void aRouteNoSectionNamesIsRefusedEvenToAnAdmin() throws Exception {
        StaffMember admin = TestStaff.create(jdbc, StaffRole.ADMIN);
        mvc.perform(get("/backoffice/not-declared").with(TestStaff.as(admin))).andExpect(status().isForbidden());
    }

    @Test
    void aDeactivatedMembersSessionEndsAtOnce() throws Exception {
        StaffMember member = TestStaff.create(jdbc, StaffRole.CASE_HANDLER);
        jdbc.sql("update staff_account set active = false where id = ?")
                .param(member.id())
                .update();
        mvc.perform(get("/backoffice").with(TestStaff.as(member)))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/backoffice/login"));
    }
}
