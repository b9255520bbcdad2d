package nl.claimdesk.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.claimdesk.IntegrationTest;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.infrastructure.StaffMember;
import nl.claimdesk.shared.StaffRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A staff member refused by the access rules leaves a security event naming them by id only. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class RefusedStaffRequestTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEditorAskingForStaffManagementIsLogged(CapturedOutput log) throws Exception {
        StaffMember editor = TestStaff.create(jdbc, StaffRole.EDITOR);

        mvc.perform(get("/backoffice/staff").with(TestStaff.as(editor))).andExpect(status().isForbidden());

        assertThat(log.getOut())
                .contains("authorisation.failed method=GET path=/backoffice/staff actor=staff:" + editor.id()
                        + " reason=not-allowed")
                .doesNotContain(editor.email());
    }
}
