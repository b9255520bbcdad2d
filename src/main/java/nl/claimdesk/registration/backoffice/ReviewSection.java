package nl.claimdesk.registration.backoffice;

import java.util.EnumSet;
import java.util.List;
import nl.claimdesk.shared.StaffRole;
import nl.claimdesk.web.backoffice.BackofficeSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The back office's work on participants' files: the review queue, the file itself and the actions on it. */
@Configuration(proxyBeanMethods = false)
class ReviewSection {

    static final String REVIEWS = "/backoffice/reviews";

    @Bean
    BackofficeSection reviewsSection() {
        return new BackofficeSection(
                "backoffice.reviews",
                REVIEWS,
                30,
                EnumSet.of(StaffRole.CASE_HANDLER, StaffRole.ADMIN),
                List.of(REVIEWS, REVIEWS + "/**"));
    }
}
