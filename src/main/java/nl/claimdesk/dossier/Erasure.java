package nl.claimdesk.dossier;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.audit.AuditLog;
import nl.claimdesk.dossier.internal.Acceptance;
import nl.claimdesk.dossier.internal.Acceptances;
import nl.claimdesk.email.MailHistory;
import nl.claimdesk.email.MailPreferences;
import nl.claimdesk.email.UndeliverableAddresses;
import nl.claimdesk.identity.Accounts;
import nl.claimdesk.identity.ParticipantSessions;
import nl.claimdesk.identity.Participants;
import nl.claimdesk.news.NewsArchive;
import nl.claimdesk.payout.Payouts;
import nl.claimdesk.registration.RegistrationSummary;
import nl.claimdesk.registration.Registrations;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A participant's request to erase their data, carried out at once. What proves a participation agreement (the
 * acceptance and its withdrawal) must be kept until five years after the claim ends, and payments, with the shares
 * and the bank accounts they went to, seven years (bookkeeping; ADR 0051); everything else goes. A
 * registration without an accepted agreement is deleted entirely; one with acceptances is withdrawn and reduced to
 * an anonymous shell. The account goes too, or keeps only an address that reaches nobody when proof is kept, and its
 * sessions end on every device. The
 * audit entries stay, but the personal values in them become unreadable (ADR 28).
 */
@Component
class Erasure {

    private final Registrations registrations;
    private final Acceptances acceptances;
    private final Accounts accounts;
    private final MailHistory mails;
    private final MailPreferences preferences;
    private final NewsArchive news;
    private final UndeliverableAddresses undeliverable;
    private final AuditLog audit;
    private final ParticipantSessions sessions;
    private final Payouts payouts;

    Erasure(
            Registrations registrations,
            Acceptances acceptances,
            Accounts accounts,
            MailHistory mails,
            MailPreferences preferences,
            NewsArchive news,
            UndeliverableAddresses undeliverable,
            AuditLog audit,
            ParticipantSessions sessions,
            Payouts payouts) {
        this.registrations = registrations;
        this.acceptances = acceptances;
        this.accounts = accounts;
        this.mails = mails;
        this.preferences = preferences;
        this.news = news;
        this.undeliverable = undeliverable;
        this.audit = audit;
        this.sessions = sessions;
        this.payouts = payouts;
    }

    /** What was kept: the references of the registrations whose proof of agreement stays. */
    record Outcome(List<String> erased, List<String> kept) {}

    @Transactional
    Outcome erase(Participants.Current participant, @Nullable String ip) {
        Actor actor = Actor.participant(participant.id());
        Set<UUID> signed = acceptances.ofAccount(participant.id().value()).stream()
                .map(Acceptance::registrationId)
                .collect(Collectors.toSet());
        List<String> erased = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        List<RegistrationSummary> own = registrations.of(participant.id());
        boolean paymentsKept = payouts.erase(
                own.stream()
                        .flatMap(registration -> registration.claimants().stream())
                        .map(RegistrationSummary.Claimant::id)
                        .toList(),
                participant.id().value());
        for (RegistrationSummary registration : own) {
            boolean keepProof = signed.contains(registration.id());
            registrations.erase(registration.id(), keepProof, actor, ip);
            (keepProof ? kept : erased).add(registration.reference());
        }
        mails.forget(participant.id().value());
        preferences.forget(participant.id().value());
        news.forget(participant.id().value());
        undeliverable.clear(participant.account().email().value());
        accounts.erase(participant.id(), !kept.isEmpty() || paymentsKept);
        sessions.endAll(participant.id());
        audit.forget(List.of(participant.id().value()));
        audit.record(
                actor,
                ip,
                "participant.erased",
                "account",
                participant.id(),
                "kept=" + kept.size() + "; erased=" + erased.size());
        return new Outcome(erased, kept);
    }
}
