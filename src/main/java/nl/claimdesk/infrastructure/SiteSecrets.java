package nl.claimdesk.infrastructure;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Random keys the application makes once and every node shares: the first node to ask for a key creates it in
 * the database, every other node reads the same one.
 */
@Component
public class SiteSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final ConcurrentMap<String, byte[]> known = new ConcurrentHashMap<>();

    SiteSecrets(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    public byte[] key(String name) {
        return known.computeIfAbsent(name, this::loadOrCreate).clone();
    }

    /**
     * In a transaction of its own: the first use of a key after a start may come inside a read-only transaction (a
     * payment file's download opens IBANs), where PostgreSQL refuses the insert, or inside one that rolls back.
     */
    private byte[] loadOrCreate(String name) {
        return ownTransaction.execute(status -> loadOrCreateNow(name));
    }

    private byte[] loadOrCreateNow(String name) {
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        jdbc.sql("insert into site_secret (name, secret, created_at) values (?, ?, ?) on conflict do nothing")
                .params(name, Base64.getEncoder().encodeToString(fresh), OffsetDateTime.now(clock))
                .update();
        String stored = jdbc.sql("select secret from site_secret where name = ?")
                .param(name)
                .query(String.class)
                .single();
        return Base64.getDecoder().decode(stored);
    }
}
