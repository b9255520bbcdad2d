package nl.claimdesk.registration.backoffice.registry;

import java.util.EnumSet;
import java.util.List;
import nl.claimdesk.shared.StaffRole;
import nl.claimdesk.web.backoffice.BackofficeSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The registry's lists of opt-outs and opt-ins: they name participants, so case handlers and admins only. */
@Configuration(proxyBeanMethods = false)
class RegistrySection {

    static final String PATH = "/backoffice/registry";

    @Bean
    BackofficeSection registryListsSection() {
        return new BackofficeSection(
                "backoffice.registry",
                PATH,
                25,
                EnumSet.of(StaffRole.CASE_HANDLER, StaffRole.ADMIN),
                List.of(PATH, PATH + "/**"));
    }
}
