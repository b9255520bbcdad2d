package nl.claimdesk.identity.backoffice;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.claimdesk.IntegrationTest;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.shared.StaffRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Guessing a password is slowed per IP address and per account from one address; a guesser elsewhere cannot lock a
 * member out.
 */
@IntegrationTest
@TestPropertySource(
        properties = {
            "claimdesk.rate-limits.staff-login-per-ip=6",
            "claimdesk.rate-limits.staff-login-per-address-and-ip=3"
        })
class StaffLoginLimitsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void guessesAtOneAccountFromOneAddressAreStoppedWhileTheMemberStillLogsInFromTheirOwn() throws Exception {
        TestStaff.Login member = TestStaff.enrolled(jdbc, StaffRole.CASE_HANDLER);
        for (int i = 0; i < 3; i++) {
            mvc.perform(attempt("10.1.0.1", member.member().email(), "geraden wachtwoord " + i))
                    .andExpect(status().isUnprocessableContent());
        }
        mvc.perform(attempt("10.1.0.1", member.member().email(), member.password()))
                .andExpect(status().isTooManyRequests());

        mvc.perform(attempt("10.1.0.2", member.member().email(), member.password()))
                .andExpect(redirectedUrl("/backoffice/login/code"));
    }

    @Test
    void oneAddressTryingManyAccountsIsStopped() throws Exception {
        for (int i = 0; i < 6; i++) {
            mvc.perform(attempt("10.2.0.1", "iemand" + i + "@example.nl", "geraden wachtwoord"))
                    .andExpect(status().isUnprocessableContent());
        }
        mvc.perform(attempt("10.2.0.1", "nog-iemand@example.nl", "geraden wachtwoord"))
                .andExpect(status().isTooManyRequests());
    }

    private static MockHttpServletRequestBuilder attempt(String ip, String email, String password) {
        return post("/backoffice/login")
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(ip);
                    return request;
                })
                .param("email", email)
                .param("password", password);
    }
}
