package nl.claimdesk.news.backoffice;

import java.util.EnumSet;
import java.util.List;
import nl.claimdesk.shared.StaffRole;
import nl.claimdesk.web.backoffice.BackofficeSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Mailings in the back office: news updates and legal notices, for editors and administrators. */
@Configuration(proxyBeanMethods = false)
class NewsSection {

    static final String PATH = "/backoffice/news";

    @Bean
    BackofficeSection mailingsSection() {
        return new BackofficeSection(
                "backoffice.news",
                PATH,
                45,
                EnumSet.of(StaffRole.EDITOR, StaffRole.ADMIN),
                List.of(PATH, PATH + "/**"));
    }
}
