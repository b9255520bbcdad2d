package nl.claimdesk.registration.backoffice;

import java.util.EnumSet;
import java.util.List;
import nl.claimdesk.registration.FilePaths;
import nl.claimdesk.shared.StaffRole;
import nl.claimdesk.web.backoffice.BackofficeSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The back office's participant search, exports and every participant's file: personal data, so case handlers and admins only. */
@Configuration(proxyBeanMethods = false)
class ParticipantSections {

    static final String PARTICIPANTS = "/backoffice/participants";

    @Bean
    BackofficeSection participantsSection() {
        return new BackofficeSection(
                "backoffice.participants",
                PARTICIPANTS,
                10,
                EnumSet.of(StaffRole.CASE_HANDLER, StaffRole.ADMIN),
                List.of(PARTICIPANTS, PARTICIPANTS + "/**", FilePaths.ROUTES));
    }
}
