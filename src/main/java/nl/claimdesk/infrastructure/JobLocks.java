package nl.claimdesk.infrastructure;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Makes a scheduled job run on one node only. Every node schedules the job; the node that takes the lock runs it,
 * the others skip that round. A lock expires by itself, so a node that dies holding it blocks the job for at most
 * {@code holdFor}.
 */
@Component
public class JobLocks {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String node = ManagementFactory.getRuntimeMXBean().getName();

    JobLocks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Takes the lock of job {@code name} for {@code holdFor} if nobody holds it; true when this node may run. */
    public boolean tryLock(String name, Duration holdFor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime until = now.plus(holdFor);
        int taken = jdbc.sql("update job_lock set locked_until = ?, locked_by = ? where name = ? and locked_until <= ?")
                .params(until, node, name, now)
                .update();
        if (taken == 1) {
            return true;
        }
        return jdbc.sql("insert into job_lock (name, locked_until, locked_by) values (?, ?, ?) on conflict do nothing")
                        .params(name, until, node)
                        .update()
                == 1;
    }
}
