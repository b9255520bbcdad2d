package nl.claimdesk.payout.backoffice;

import java.util.EnumSet;
import java.util.List;
import nl.claimdesk.shared.StaffRole;
import nl.claimdesk.web.backoffice.BackofficeSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Payment runs and their SEPA files: finance creates, finance or an admin approves (never the same person). */
@Configuration(proxyBeanMethods = false)
class PaymentRunSection {

    static final String PATH = "/backoffice/payment-runs";

    @Bean
    BackofficeSection paymentRunsSection() {
        return new BackofficeSection(
                "bo.paymentRuns.section",
                PATH,
                61,
                EnumSet.of(StaffRole.FINANCE, StaffRole.ADMIN),
                List.of(PATH, PATH + "/**"));
    }
}
