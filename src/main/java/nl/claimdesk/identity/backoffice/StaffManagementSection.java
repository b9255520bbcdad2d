package nl.claimdesk.identity.backoffice;

import java.util.List;
import java.util.Set;
import nl.claimdesk.shared.StaffRole;
import nl.claimdesk.web.backoffice.BackofficeSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Staff management: admins only. */
@Configuration(proxyBeanMethods = false)
class StaffManagementSection {

    @Bean
    BackofficeSection staffSection() {
        return new BackofficeSection(
                "staff.title",
                StaffController.PATH,
                90,
                Set.of(StaffRole.ADMIN),
                List.of(StaffController.PATH, StaffController.PATH + "/**"));
    }
}
