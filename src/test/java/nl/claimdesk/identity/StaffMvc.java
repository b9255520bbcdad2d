package nl.claimdesk.identity;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * MockMvc through the real security filters of a running {@code @ServerTest} application, for back-office requests
 * as a {@link TestStaff} member next to participants who sign up over real HTTP in the same context.
 */
public final class StaffMvc {

    private StaffMvc() {}

    public static MockMvc of(WebApplicationContext context) {
        return MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }
}
