package nl.claimdesk.campaign.backoffice;

import java.util.EnumSet;
import java.util.List;
import nl.claimdesk.shared.StaffRole;
import nl.claimdesk.web.backoffice.BackofficeSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Content editing in the back office: campaign texts, timeline and FAQ, for editors and admins only. */
@Configuration(proxyBeanMethods = false)
class ContentSection {

    static final String PATH = "/backoffice/content";

    @Bean
    BackofficeSection contentEditingSection() {
        return new BackofficeSection(
                "backoffice.content",
                PATH,
                40,
                EnumSet.of(StaffRole.EDITOR, StaffRole.ADMIN),
                List.of(PATH, PATH + "/**"));
    }
}
