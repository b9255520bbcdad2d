package nl.claimdesk.backoffice;

import java.util.EnumSet;
import java.util.List;
import nl.claimdesk.shared.StaffRole;
import nl.claimdesk.web.backoffice.BackofficeSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The dashboard: aggregate figures, for every role. */
@Configuration(proxyBeanMethods = false)
class BackofficeSections {

    static final String DASHBOARD = "/backoffice/dashboard";

    @Bean
    BackofficeSection dashboardSection() {
        return new BackofficeSection(
                "backoffice.dashboard",
                DASHBOARD,
                0,
                EnumSet.allOf(StaffRole.class),
                List.of("/backoffice", DASHBOARD));
    }
}
