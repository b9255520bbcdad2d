package nl.claimdesk.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.UUID;
import nl.claimdesk.ServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@ServerTest
class SiteSecretsTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aKeyFirstAskedForInsideAReadOnlyTransactionIsMadeAndSharedByEveryNode() {
        String name = "test-" + UUID.randomUUID();
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);

        byte[] made = readOnly.execute(status -> new SiteSecrets(jdbc, transactions, Clock.systemUTC()).key(name));
        byte[] readByAnotherNode = new SiteSecrets(jdbc, transactions, Clock.systemUTC()).key(name);

        assertThat(made).hasSize(32).isEqualTo(readByAnotherNode);
    }

    @Test
    void aKeyMadeInsideATransactionThatRollsBackIsKept() {
        String name = "test-" + UUID.randomUUID();
        TransactionTemplate failing = new TransactionTemplate(transactions);
        byte[] made = failing.execute(status -> {
            byte[] key = new SiteSecrets(jdbc, transactions, Clock.systemUTC()).key(name);
            status.setRollbackOnly();
            return key;
        });

        assertThat(new SiteSecrets(jdbc, transactions, Clock.systemUTC()).key(name))
                .isEqualTo(made);
    }
}
