package nl.claimdesk.registration.backoffice.classes;

import java.util.EnumSet;
import java.util.List;
import nl.claimdesk.shared.StaffRole;
import nl.claimdesk.web.backoffice.BackofficeSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The class as the court defines it, per campaign: only administrators draft, dry-run and publish versions. */
@Configuration(proxyBeanMethods = false)
class ClassSection {

    static final String CAMPAIGNS = "/backoffice/campaigns";

    static String classPage(String slug) {
        return CAMPAIGNS + "/" + slug + "/class";
    }

    @Bean
    BackofficeSection courtClassSection() {
        return new BackofficeSection(
                "backoffice.class", CAMPAIGNS, 60, EnumSet.of(StaffRole.ADMIN), List.of(CAMPAIGNS, CAMPAIGNS + "/**"));
    }
}
