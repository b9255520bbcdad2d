package nl.claimdesk.registration.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.claimdesk.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An objection by the other parent to a child's registration (art. 1:253i BW), recorded by a case handler: it freezes
 * the child's record (no correction, withdrawal, agreement or payout) until a case handler resolves it with a reason
 * (docs/adr/0048). Each step is in the history and, with the reason, in the audit log.
 */
@Component
public class Objections {

    private final JdbcClient jdbc;
    private final HistoryStore history;
    private final AuditLog audit;
    private final Clock clock;

    Objections(JdbcClient jdbc, HistoryStore history, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.history = history;
        this.audit = audit;
        this.clock = clock;
    }

    public boolean frozen(UUID claimant) {
        return jdbc.sql("select count(*) from claimant where id = ? and objection_since is not null")
                        .param(claimant)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Freezes the child's record; false when it was frozen already or is not a child of the registration. */
    @Transactional
    public boolean record(UUID registration, UUID claimant, ChangedBy by) {
        return change(registration, claimant, true, by);
    }

    /** Lifts the freeze; false when the record was not frozen. */
    @Transactional
    public boolean resolve(UUID registration, UUID claimant, ChangedBy by) {
        return change(registration, claimant, false, by);
    }

    private boolean change(UUID registration, UUID claimant, boolean freeze, ChangedBy by) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int changed = jdbc.sql("update claimant set objection_since = ? where id = ? and registration_id = ?"
                        + " and kind = 'CHILD' and objection_since is " + (freeze ? "null" : "not null"))
                .params(freeze ? now : null, claimant, registration)
                .update();
        if (changed == 0) {
            return false;
        }
        history.recordEvent(
                registration,
                claimant,
                freeze ? "OBJECTION_RECORDED" : "OBJECTION_RESOLVED",
                by.historyActor(),
                null,
                now);
        audit.recordPersonal(
                by.actor(),
                by.ip(),
                freeze ? "claimant.objection-recorded" : "claimant.objection-resolved",
                "claimant",
                claimant,
                by.details(ChangedBy.values("frozen", !freeze), ChangedBy.values("frozen", freeze)));
        return true;
    }
}
