package nl.claimdesk.registration;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.identity.AccountId;
import org.jspecify.annotations.Nullable;

/**
 * Registrations, for Mijn dossier and the other modules that act on them. An interface, so that the module's API
 * depends on none of its internals (docs/adr/0032).
 */
public interface Registrations {

    /** The account's registrations, oldest first. */
    List<RegistrationSummary> of(AccountId account);

    /** The registration, if it belongs to {@code account}; a participant can never reach someone else's. */
    Optional<RegistrationSummary> owned(AccountId account, UUID registration);

    /** The whole file of a registration as the back office shows it; empty when there is no such registration. */
    Optional<RegistrationFile> file(UUID registration);

    /** What happened to the registration, newest first. */
    List<RegistrationEvent> history(UUID registration);

    /** Records that the claimant's participation agreement was accepted, in the caller's transaction. */
    void participationCompleted(UUID registration, UUID claimant, String actor, String detail);

    /** Everything stored about the account's registrations, for the data export. */
    List<RegistrationRecord> export(AccountId account);

    /**
     * Erases a registration on its owner's request: entirely when nothing about it must be kept, otherwise (its
     * agreements were accepted and are kept as proof) it is withdrawn and reduced to an anonymous shell.
     */
    void erase(UUID registration, boolean keepProof, Actor actor, @Nullable String ip);

    /**
     * Whether the claimant's record is frozen by an objection of the other parent (art. 1:253i BW): no correction,
     * withdrawal, agreement or payout until a case handler resolves it (docs/adr/0048).
     */
    boolean frozen(UUID claimant);

    /** Adds an event to the registration's history, in the caller's transaction. */
    void record(UUID registration, @Nullable UUID claimant, String kind, String actor, @Nullable String detail);
}
