package nl.claimdesk.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import nl.claimdesk.DatabaseOwner;
import nl.claimdesk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The start-up check tells a user that could drop the audit log's trigger from the application's own role. */
@IntegrationTest
@EnabledIfEnvironmentVariable(named = "DATABASE_URL", matches = "jdbc:postgresql:.*")
class ApplicationRoleCheckTest {

    @Autowired
    JdbcClient application;

    @Autowired
    Environment environment;

    @Test
    void theOwnerCouldRewriteTheAuditLogTheApplicationRoleCannot() {
        assertThat(ApplicationRoleCheck.mayRewriteTheAuditLog(DatabaseOwner.jdbc(environment)))
                .isTrue();
        assertThat(ApplicationRoleCheck.mayRewriteTheAuditLog(application)).isFalse();
    }
}
