package nl.claimdesk.audit.backoffice;

import java.util.EnumSet;
import java.util.List;
import nl.claimdesk.shared.StaffRole;
import nl.claimdesk.web.backoffice.BackofficeSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit log in the back office: for admins only. */
@Configuration(proxyBeanMethods = false)
class AuditSection {

    static final String PATH = "/backoffice/audit";

    @Bean
    BackofficeSection auditLogSection() {
        return new BackofficeSection(
                "audit.section", PATH, 90, EnumSet.of(StaffRole.ADMIN), List.of(PATH, PATH + "/**"));
    }
}
