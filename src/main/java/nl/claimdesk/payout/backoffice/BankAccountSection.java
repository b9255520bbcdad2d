package nl.claimdesk.payout.backoffice;

import java.util.EnumSet;
import java.util.List;
import nl.claimdesk.shared.StaffRole;
import nl.claimdesk.web.backoffice.BackofficeSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The name checks of the claimants' bank accounts: case handlers and finance record the bank's verification of
 * payee; releasing an account whose name did not match is for case handlers (and admins) only, which the
 * controller checks.
 */
@Configuration(proxyBeanMethods = false)
class BankAccountSection {

    static final String PATH = "/backoffice/bank-accounts";

    @Bean
    BackofficeSection bankAccountsSection() {
        return new BackofficeSection(
                "bo.bankAccounts.section",
                PATH,
                60,
                EnumSet.of(StaffRole.CASE_HANDLER, StaffRole.FINANCE, StaffRole.ADMIN),
                List.of(PATH, PATH + "/**"));
    }
}
