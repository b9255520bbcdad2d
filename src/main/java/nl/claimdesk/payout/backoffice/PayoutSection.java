package nl.claimdesk.payout.backoffice;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import nl.claimdesk.shared.StaffRole;
import nl.claimdesk.web.backoffice.BackofficeSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Finance's part of the back office: settlements and allocations for finance (and administrators, who may approve);
 * the reports, aggregates only, for viewers too.
 */
@Configuration(proxyBeanMethods = false)
class PayoutSection {

    static final String PATH = "/backoffice/payout";
    static final String SETTLEMENTS = PATH + "/settlements";
    static final String REPORTS = "/backoffice/payout-reports";

    static String settlement(UUID id) {
        return SETTLEMENTS + "/" + id;
    }

    static String allocation(UUID id) {
        return settlement(id) + "/allocation";
    }

    static String report(UUID id) {
        return REPORTS + "/" + id;
    }

    @Bean
    BackofficeSection payoutSettlementSection() {
        return new BackofficeSection(
                "backoffice.payout",
                PATH,
                70,
                EnumSet.of(StaffRole.FINANCE, StaffRole.ADMIN),
                List.of(PATH, PATH + "/**"));
    }

    @Bean
    BackofficeSection payoutReportSection() {
        return new BackofficeSection(
                "backoffice.payoutReports",
                REPORTS,
                71,
                EnumSet.of(StaffRole.FINANCE, StaffRole.ADMIN, StaffRole.VIEWER),
                List.of(REPORTS, REPORTS + "/**"));
    }
}
