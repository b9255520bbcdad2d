package nl.claimdesk.registration.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import nl.claimdesk.IntegrationTest;
import nl.claimdesk.Unique;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.infrastructure.StaffMember;
import nl.claimdesk.registration.internal.RegistrationSettings;
import nl.claimdesk.shared.StaffRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletResponse;

/** A staff member may export only so often an hour; a colleague's exports are counted apart. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ExportRateLimitTest extends BackofficeParticipantTest {

    @Autowired
    RegistrationSettings settings;

    @Test
    void exportsOverTheLimitGetAPageThatSaysWhenToTryAgain(CapturedOutput output) throws Exception {
        String family = "Limiet" + Unique.letters(10);
        int perHour = settings.rateLimits().exportPerStaff();
        assertThat(perHour).isPositive();
        for (int i = 0; i < perHour; i++) {
            String path = i % 2 == 0 ? "/backoffice/participants/export.csv" : "/backoffice/participants/claimants.csv";
            assertThat(export(path, family, handler).getStatus()).isEqualTo(200);
        }

        MockHttpServletResponse refused = export("/backoffice/participants/export.csv", family, handler);

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentType()).startsWith("text/html");
        assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 3600L);
        assertThat(refused.getContentAsString())
                .contains("Even geen export meer")
                .contains("al " + perHour + " exports")
                .contains("/backoffice/participants?")
                .doesNotContain("Registratienummer");
        assertThat(output.getOut()).containsPattern("rate-limit.refused limit=[\\w-]+ kind=REGISTRATIONS");
        assertThat(jdbc.sql("select count(*) from audit_entry where actor_id = ? and action like '%.exported'")
                        .param(handler.id().toString())
                        .query(Integer.class)
                        .single())
                .as("a refused export sends no data and so is no export in the audit log")
                .isEqualTo(perHour);

        StaffMember colleague = TestStaff.create(jdbc, StaffRole.CASE_HANDLER);
        assertThat(export("/backoffice/participants/export.csv", family, colleague)
                        .getStatus())
                .isEqualTo(200);
    }

    private MockHttpServletResponse export(String path, String family, StaffMember member) throws Exception {
        return mvc.perform(get(path).param("q", family).with(TestStaff.as(member)))
                .andReturn()
                .getResponse();
    }
}
