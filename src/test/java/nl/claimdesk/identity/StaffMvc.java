package nl.claimdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import nl.claimdesk.infrastructure.StaffMember;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Back-office requests as a {@link TestStaff} member, through the real security filters of a running
 * {@code @ServerTest} application, next to participants who sign up over real HTTP in the same context.
 */
public final class StaffMvc {

    private final MockMvc mvc;
    private final StaffMember member;

    public StaffMvc(WebApplicationContext context, StaffMember member) {
        this.mvc = of(context);
        this.member = member;
    }

    public static MockMvc of(WebApplicationContext context) {
        return MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    /** Sends the request as the member, with a CSRF token. */
    public MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf()).with(TestStaff.as(member)))
                .andReturn()
                .getResponse();
    }

    /** The page the request answers with; anything but 200 fails the test. */
    public String page(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = send(request);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString();
    }
}
