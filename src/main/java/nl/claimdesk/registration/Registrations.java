package nl.claimdesk.registration;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.audit.AuditLog;
import nl.claimdesk.campaign.RegistrationCounter;
import nl.claimdesk.identity.AccountId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Registrations, for Mijn dossier and the other modules that act on them. */
@Component
public class Registrations {

    private final RegistrationStore store;
    private final FileStore files;
    private final Withdrawals withdrawals;
    private final RegistrationCounter counter;
    private final AuditLog audit;
    private final Clock clock;

    Registrations(
            RegistrationStore store,
            FileStore files,
            Withdrawals withdrawals,
            RegistrationCounter counter,
            AuditLog audit,
            Clock clock) {
        this.store = store;
        this.files = files;
        this.withdrawals = withdrawals;
        this.counter = counter;
        this.audit = audit;
        this.clock = clock;
    }

    public List<RegistrationSummary> of(AccountId account) {
        return store.ofAccount(account);
    }

    /** The registration, if it belongs to {@code account}; a participant can never reach someone else's. */
    public Optional<RegistrationSummary> owned(AccountId account, UUID registration) {
        return store.ofAccount(account).stream()
                .filter(found -> found.id().equals(registration))
                .findFirst();
    }

    /** The whole file of a registration as the back office shows it; empty when there is no such registration. */
    public Optional<RegistrationFile> file(UUID registration) {
        return files.file(registration);
    }

    /** What happened to the registration, newest first. */
    public List<RegistrationEvent> history(UUID registration) {
        return store.events(registration);
    }

    /** Records that the claimant's participation agreement was accepted, in the caller's transaction. */
    public void participationCompleted(UUID registration, UUID claimant, String actor, String detail) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        store.markParticipationComplete(claimant, now);
        store.recordEvent(registration, claimant, "AGREEMENT_ACCEPTED", actor, detail, now);
    }

    /** Everything stored about the account's registrations, for the data export. */
    public List<RegistrationRecord> export(AccountId account) {
        return store.ofAccount(account).stream()
                .map(registration -> new RegistrationRecord(
                        registration,
                        store.events(registration.id()),
                        store.invitationsSentTo(registration.id()),
                        store.repeatedSignUps(registration.id()),
                        store.reviews(registration.id())))
                .toList();
    }

    /**
     * Erases a registration on its owner's request: entirely when nothing about it must be kept, otherwise (its
     * agreements were accepted and are kept as proof) it is withdrawn and reduced to an anonymous shell.
     */
    @Transactional
    public void erase(UUID registration, boolean keepProof, Actor actor, @Nullable String ip) {
        RegistrationSummary summary = store.summary(registration).orElseThrow();
        List<UUID> people = store.auditSubjects(registration);
        if (keepProof) {
            if (!summary.withdrawn()) {
                withdrawals.withdrawRegistration(registration, WithdrawalChannel.ONLINE, null, actor, ip);
            }
            store.anonymise(registration, OffsetDateTime.now(clock));
            store.recordEvent(registration, null, "ANONYMISED", actor.kind().name(), null, OffsetDateTime.now(clock));
        } else {
            if (!summary.withdrawn()) {
                counter.add(summary.campaign(), -1);
            }
            store.delete(registration);
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

    /** Adds an event to the registration's history, in the caller's transaction. */
    public void record(UUID registration, @Nullable UUID claimant, String kind, String actor, @Nullable String detail) {
        store.recordEvent(registration, claimant, kind, actor, detail, OffsetDateTime.now(clock));
    }
}
