package nl.claimdesk.registration.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.audit.AuditLog;
import nl.claimdesk.campaign.RegistrationCounter;
import nl.claimdesk.identity.AccountId;
import nl.claimdesk.registration.RegistrationEvent;
import nl.claimdesk.registration.RegistrationFile;
import nl.claimdesk.registration.RegistrationRecord;
import nl.claimdesk.registration.RegistrationSummary;
import nl.claimdesk.registration.Registrations;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link Registrations} on the module's stores. */
@Component
class StoredRegistrations implements Registrations {

    private final RegistrationStore store;
    private final RetentionStore retention;
    private final HandoverStore handoverStore;
    private final DuplicateStore duplicates;
    private final HistoryStore history;
    private final FileStore files;
    private final Withdrawals withdrawals;
    private final Objections objections;
    private final RegistrationCounter counter;
    private final AuditLog audit;
    private final Clock clock;

    StoredRegistrations(
            RegistrationStore store,
            RetentionStore retention,
            HandoverStore handoverStore,
            DuplicateStore duplicates,
            HistoryStore history,
            FileStore files,
            Withdrawals withdrawals,
            Objections objections,
            RegistrationCounter counter,
            AuditLog audit,
            Clock clock) {
        this.store = store;
        this.retention = retention;
        this.handoverStore = handoverStore;
        this.duplicates = duplicates;
        this.history = history;
        this.files = files;
        this.withdrawals = withdrawals;
        this.objections = objections;
        this.counter = counter;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<RegistrationSummary> of(AccountId account) {
        return store.ofAccount(account);
    }

    @Override
    public Optional<RegistrationSummary> owned(AccountId account, UUID registration) {
        return store.ofAccount(account).stream()
                .filter(found -> found.id().equals(registration))
                .findFirst();
    }

    @Override
    public Optional<RegistrationFile> file(UUID registration) {
        return files.file(registration);
    }

    @Override
    public List<RegistrationEvent> history(UUID registration) {
        return history.events(registration);
    }

    @Override
    public void participationCompleted(UUID registration, UUID claimant, String actor, String detail) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        store.lockUnfrozen(claimant);
        store.markParticipationComplete(claimant, now);
        history.recordEvent(registration, claimant, "AGREEMENT_ACCEPTED", actor, detail, now);
    }

    @Override
    public List<RegistrationRecord> export(AccountId account) {
        return store.ofAccount(account).stream()
                .map(registration -> new RegistrationRecord(
                        registration,
                        history.events(registration.id()),
                        handoverStore.invitationsSentTo(registration.id()),
                        duplicates.repeatedSignUps(registration.id()),
                        duplicates.reviews(registration.id())))
                .toList();
    }

    @Transactional
    @Override
    public void erase(UUID registration, boolean keepProof, Actor actor, @Nullable String ip) {
        RegistrationSummary summary = store.summary(registration).orElseThrow();
        List<UUID> people = store.auditSubjects(registration);
        if (keepProof) {
            if (!summary.withdrawn()) {
                withdrawals.withdrawForErasure(registration, actor, ip);
            }
            retention.anonymise(registration, OffsetDateTime.now(clock));
            history.recordEvent(registration, null, "ANONYMISED", actor.kind().name(), null, OffsetDateTime.now(clock));
        } else {
            if (!summary.withdrawn()) {
                counter.add(summary.campaign(), -1);
            }
            retention.delete(registration);
        }
        audit.forget(people);
        audit.record(
                actor,
                ip,
                keepProof ? "registration.anonymised" : "registration.erased",
                "registration",
                registration,
                null);
    }

    @Override
    public void record(UUID registration, @Nullable UUID claimant, String kind, String actor, @Nullable String detail) {
        history.recordEvent(registration, claimant, kind, actor, detail, OffsetDateTime.now(clock));
    }

    @Override
    public boolean frozen(UUID claimant) {
        return objections.frozen(claimant);
    }
}
