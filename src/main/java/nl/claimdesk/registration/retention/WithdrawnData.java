package nl.claimdesk.registration.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.audit.AuditLog;
import nl.claimdesk.infrastructure.JobLocks;
import nl.claimdesk.registration.internal.HistoryStore;
import nl.claimdesk.registration.internal.RegistrationSettings;
import nl.claimdesk.registration.internal.RegistrationStore;
import nl.claimdesk.registration.internal.RetentionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After a withdrawal only what proves the agreement and its withdrawal is kept (the acceptance records and the
 * withdrawal itself). Once a day, on one node, the personal data of claimants and registrations withdrawn longer
 * ago than the grace period (default 30 days, so a mistaken withdrawal can still be undone by the back office) is
 * erased from the registration tables, and the personal values about them in the audit log become unreadable.
 */
@Component
public class WithdrawnData {

    private static final Logger log = LoggerFactory.getLogger(WithdrawnData.class);

    private final RegistrationStore store;
    private final RetentionStore retention;
    private final HistoryStore history;
    private final AuditLog audit;
    private final JobLocks locks;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration grace;

    WithdrawnData(
            RegistrationStore store,
            RetentionStore retention,
            HistoryStore history,
            AuditLog audit,
            JobLocks locks,
            TransactionTemplate transactions,
            Clock clock,
            RegistrationSettings settings) {
        this.store = store;
        this.retention = retention;
        this.history = history;
        this.audit = audit;
        this.locks = locks;
        this.transactions = transactions;
        this.clock = clock;
        this.grace = settings.retention().afterWithdrawal();
    }

    @Scheduled(cron = "${claimdesk.jobs.withdrawn-data:0 30 4 * * *}")
    void daily() {
        if (locks.tryLock("withdrawn-data", Duration.ofHours(20))) {
            log.info("Withdrawn data: {} record(s) anonymised", run());
        }
    }

    /** Anonymises what is past the grace period; returns how many registrations and claimants were. */
    int run() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime cutoff = now.minus(grace);
        int done = 0;
        for (UUID registration : retention.withdrawnNotAnonymised(cutoff)) {
            transactions.executeWithoutResult(status -> {
                audit.forget(store.auditSubjects(registration));
                retention.anonymise(registration, now);
                history.recordEvent(registration, null, "ANONYMISED_AFTER_WITHDRAWAL", "SYSTEM", null, now);
                audit.record(
                        Actor.system("withdrawn-data"),
                        null,
                        "registration.anonymised",
                        "registration",
                        registration,
                        null);
            });
            done++;
        }
        for (RetentionStore.ClaimantRef claimant : retention.withdrawnClaimantsNotAnonymised(cutoff)) {
            transactions.executeWithoutResult(status -> {
                audit.forget(List.of(claimant.claimant()));
                retention.anonymiseClaimant(claimant.claimant(), now);
                history.recordEvent(
                        claimant.registration(),
                        claimant.claimant(),
                        "ANONYMISED_AFTER_WITHDRAWAL",
                        "SYSTEM",
                        null,
                        now);
                audit.record(
                        Actor.system("withdrawn-data"),
                        null,
                        "claimant.anonymised",
                        "claimant",
                        claimant.claimant(),
                        null);
            });
            done++;
        }
        return done;
    }
}
