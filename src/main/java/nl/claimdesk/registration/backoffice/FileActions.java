package nl.claimdesk.registration.backoffice;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import nl.claimdesk.audit.AuditLog;
import nl.claimdesk.email.UndeliverableAddresses;
import nl.claimdesk.identity.Accounts;
import nl.claimdesk.identity.LoginLinks;
import nl.claimdesk.identity.ParticipantSessions;
import nl.claimdesk.infrastructure.SecurityEvent;
import nl.claimdesk.registration.ClaimantStatus;
import nl.claimdesk.registration.RegistrationFile;
import nl.claimdesk.registration.internal.ChangedBy;
import nl.claimdesk.registration.internal.HistoryStore;
import nl.claimdesk.registration.signup.Verifications;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The back office's own actions on a file that no participant can take: sending a mail again, logging the
 * participant out everywhere, suspecting fraud, clearing an undeliverable mark, and resolving a duplicate-child review. Each is in the file's history and in the audit log with before and after.
 */
@Component
public class FileActions {

    private final ReviewStore reviewStore;
    private final HistoryStore history;
    private final Verifications verifications;
    private final LoginLinks loginLinks;
    private final ParticipantSessions sessions;
    private final Accounts accounts;
    private final UndeliverableAddresses undeliverable;
    private final AuditLog audit;
    private final Clock clock;

    FileActions(
            ReviewStore reviewStore,
            HistoryStore history,
            Verifications verifications,
            LoginLinks loginLinks,
            ParticipantSessions sessions,
            Accounts accounts,
            UndeliverableAddresses undeliverable,
            AuditLog audit,
            Clock clock) {
        this.reviewStore = reviewStore;
        this.history = history;
        this.verifications = verifications;
        this.loginLinks = loginLinks;
        this.sessions = sessions;
        this.accounts = accounts;
        this.undeliverable = undeliverable;
        this.audit = audit;
        this.clock = clock;
    }

    /** How a duplicate-child review ends. */
    enum Resolution {
        /** The same child: the later claimant is kept, linked to the earlier one, and not counted again. */
        SAME_CHILD,
        /** Two children who share a name and date of birth: the later one counts as any other. */
        DIFFERENT_CHILDREN
    }

    /**
     * Mails the participant what gets them in: a new confirmation link while the address is unconfirmed, a login
     * link once it is. Returns the kind of mail sent, as the history names it.
     */
    @Transactional
    String resendMail(RegistrationFile file, ChangedBy by) {
        String kind;
        if (file.verified()) {
            loginLinks.send(file.account(), file.registration().language());
            kind = "LOGIN_LINK_SENT";
        } else {
            verifications.resendFor(file.id());
            kind = "VERIFICATION_RESENT";
        }
        history.recordEvent(file.id(), null, kind, by.historyActor(), null, OffsetDateTime.now(clock));
        audit.recordPersonal(
                by.actor(),
                by.ip(),
                "registration.mail-sent",
                "registration",
                file.id(),
                by.details(ChangedBy.values("verified", file.verified()), ChangedBy.values("mail", kind)));
        return kind;
    }

    /**
     * Ends every session of the participant's account, on every node: for a lost phone or a shared computer. Returns
     * how many sessions there were.
     */
    @Transactional
    int endSessions(RegistrationFile file, ChangedBy by) {
        int ended = sessions.endAll(file.account());
        history.recordInternalEvent(
                file.id(),
                null,
                "SESSIONS_ENDED",
                by.historyActor(),
                by.reason() == null ? "" : by.reason(),
                OffsetDateTime.now(clock));
        audit.record(
                by.actor(),
                by.ip(),
                "account.sessions-ended",
                "registration",
                file.id(),
                by.details(ChangedBy.values("sessions", ended), ChangedBy.values("sessions", 0)));
        SecurityEvent.PARTICIPANT_SESSIONS_ENDED.log("by", "staff", "sessions", ended);
        return ended;
    }

    /** The mark on the account's address, if mail to it failed for good. */
    Optional<UndeliverableAddresses.Mark> undeliverableMark(RegistrationFile file) {
        return undeliverable.find(address(file));
    }

    /**
     * Clears the undeliverable mark of the account's address, so bulk mail goes there again: for an address that
     * works again. Nothing happens when there is no mark (a second click, or a colleague was first).
     */
    @Transactional
    void clearUndeliverable(RegistrationFile file, ChangedBy by) {
        String address = address(file);
        Optional<UndeliverableAddresses.Mark> mark = undeliverable.find(address);
        if (mark.isEmpty()) {
            return;
        }
        undeliverable.clear(address);
        history.recordInternalEvent(
                file.id(),
                null,
                "UNDELIVERABLE_CLEARED",
                by.historyActor(),
                by.reason() == null ? "" : by.reason(),
                OffsetDateTime.now(clock));
        audit.recordPersonal(
                by.actor(),
                by.ip(),
                "email.undeliverable-cleared",
                "registration",
                file.id(),
                by.details(
                        ChangedBy.values(
                                "undeliverable",
                                mark.get().source(),
                                "reason",
                                mark.get().reason()),
                        ChangedBy.values("undeliverable", null)));
    }

    /** The account's current address. */
    String address(RegistrationFile file) {
        return accounts.find(file.account()).orElseThrow().email().value();
    }

    /** Marks the registration as a whole ({@code claimant} null) or one claimant as suspected fraud, or clears it. */
    @Transactional
    void suspect(RegistrationFile file, @Nullable UUID claimant, boolean suspected, ChangedBy by) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        RegistrationFile.Suspicion before = claimant == null
                ? file.fraud()
                : file.claimant(claimant).orElseThrow().fraud();
        if (claimant == null) {
            reviewStore.suspectRegistration(file.id(), suspected ? by.reason() : null, suspected ? now : null);
        } else {
            reviewStore.suspectClaimant(claimant, suspected ? by.reason() : null, suspected ? now : null);
        }
        history.recordInternalEvent(
                file.id(),
                claimant,
                suspected ? "FRAUD_SUSPECTED" : "FRAUD_CLEARED",
                by.historyActor(),
                by.reason() == null ? "" : by.reason(),
                now);
        audit.recordPersonal(
                by.actor(),
                by.ip(),
                suspected ? "fraud.marked" : "fraud.cleared",
                claimant == null ? "registration" : "claimant",
                claimant == null ? file.id() : claimant,
                by.details(
                        ChangedBy.values("suspectedFraud", before != null),
                        ChangedBy.values("suspectedFraud", suspected)));
    }

    /**
     * Resolves the review and takes it off the queue; both files show the outcome. False when someone resolved it
     * first.
     */
    @Transactional
    boolean resolve(QueuedReview review, Resolution resolution, ChangedBy by) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!reviewStore.resolve(
                review.id(), resolution.name(), by.actor().id(), by.reason() == null ? "" : by.reason(), now)) {
            return false;
        }
        QueuedReview.Side later = review.later();
        QueuedReview.Side earlier = review.earlier();
        ClaimantStatus status = later.status() != ClaimantStatus.UNDER_REVIEW
                ? later.status()
                : resolution == Resolution.SAME_CHILD ? ClaimantStatus.DUPLICATE : ClaimantStatus.REGISTERED;
        reviewStore.leaveReview(later.claimant(), status);
        String kind = "REVIEW_" + resolution.name();
        history.recordInternalEvent(
                later.registration(), later.claimant(), kind, by.historyActor(), earlier.reference(), now);
        history.recordInternalEvent(
                earlier.registration(), earlier.claimant(), kind, by.historyActor(), later.reference(), now);
        audit.recordPersonal(
                by.actor(),
                by.ip(),
                "duplicate-review.resolved",
                "claimant",
                later.claimant(),
                by.details(
                        ChangedBy.values("status", later.status(), "review", "OPEN"),
                        ChangedBy.values("status", status, "review", resolution, "duplicateOf", earlier.claimant())));
        return true;
    }
}
