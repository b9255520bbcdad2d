package nl.claimdesk.registration.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.audit.AuditLog;
import nl.claimdesk.campaign.Campaigns;
import nl.claimdesk.campaign.RegistrationCounter;
import nl.claimdesk.identity.Accounts;
import nl.claimdesk.registration.ClaimantFrozen;
import nl.claimdesk.registration.RegistrationSummary;
import nl.claimdesk.registration.WithdrawalChannel;
import nl.claimdesk.registration.mail.RegistrationMails;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ending participation (opzeggen), for one claimant or the whole registration, with no reason needed. A withdrawn
 * claimant stops counting at once; a registration whose every claimant is withdrawn is withdrawn as a whole and
 * leaves the public counter. The registrant gets a confirmation by mail; the change is in the history and the audit
 * log.
 */
@Component
public class Withdrawals {

    private final RegistrationStore store;
    private final HistoryStore history;
    private final RegistrationCounter counter;
    private final Accounts accounts;
    private final Campaigns campaigns;
    private final RegistrationMails mails;
    private final AuditLog audit;
    private final Clock clock;

    Withdrawals(
            RegistrationStore store,
            HistoryStore history,
            RegistrationCounter counter,
            Accounts accounts,
            Campaigns campaigns,
            RegistrationMails mails,
            AuditLog audit,
            Clock clock) {
        this.store = store;
        this.history = history;
        this.counter = counter;
        this.accounts = accounts;
        this.campaigns = campaigns;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Withdraws one claimant; false when there was nothing to withdraw (already withdrawn, or not this file's). Refused
     * with {@link ClaimantFrozen} while an objection freezes the claimant's record (docs/adr/0048).
     */
    @Transactional
    public boolean withdrawClaimant(
            UUID registration,
            UUID claimant,
            WithdrawalChannel channel,
            @Nullable String reason,
            Actor actor,
            @Nullable String ip) {
        return withdrawClaimant(
                registration, claimant, channel, reason, channel.name(), actor, ip, status -> detail(channel, reason));
    }

    /**
     * Withdraws the whole registration and every claimant in it; false when it was withdrawn already. Refused with
     * {@link ClaimantFrozen} while an objection freezes one of its children (docs/adr/0048).
     */
    @Transactional
    public boolean withdrawRegistration(
            UUID registration, WithdrawalChannel channel, @Nullable String reason, Actor actor, @Nullable String ip) {
        store.lockUnfrozenClaimants(registration);
        return withdrawRegistration(
                registration, channel, reason, channel.name(), actor, ip, before -> detail(channel, reason));
    }

    /**
     * Withdraws the registration its owner asked to erase. An objection does not stop this: erasure is the owner's
     * right, and it ends the registration the other parent objected to (docs/adr/0056).
     */
    void withdrawForErasure(UUID registration, Actor actor, @Nullable String ip) {
        withdrawRegistration(
                registration,
                WithdrawalChannel.ONLINE,
                null,
                WithdrawalChannel.ONLINE.name(),
                actor,
                ip,
                before -> detail(WithdrawalChannel.ONLINE, null));
    }

    /**
     * Records a withdrawal of one claimant that reached the back office by email or letter: the same effects as one
     * made in Mijn dossier, with when it was received, the sender's reference and the staff member's reason.
     */
    @Transactional
    public boolean recordClaimant(UUID registration, UUID claimant, Received received, ChangedBy by) {
        return withdrawClaimant(
                registration,
                claimant,
                received.channel(),
                received.reference(),
                received.historyDetail(),
                by.actor(),
                by.ip(),
                before -> received.details(by, before));
    }

    /** Records a withdrawal of the whole registration received by email or letter; see {@link #recordClaimant}. */
    @Transactional
    public boolean recordRegistration(UUID registration, Received received, ChangedBy by) {
        store.lockUnfrozenClaimants(registration);
        return withdrawRegistration(
                registration,
                received.channel(),
                received.reference(),
                received.historyDetail(),
                by.actor(),
                by.ip(),
                before -> received.details(by, before));
    }

    /** A withdrawal received by email or letter: how, on which day, and the sender's reference or subject. */
    public record Received(WithdrawalChannel channel, LocalDate on, String reference) {

        String historyDetail() {
            String detail = channel + " " + on + ": " + reference;
            return detail.length() > 500 ? detail.substring(0, 500) : detail;
        }

        String details(ChangedBy by, String before) {
            return by.details(
                    ChangedBy.values("status", before),
                    ChangedBy.values(
                            "status", "WITHDRAWN", "channel", channel, "received", on, "reference", reference));
        }
    }

    private boolean withdrawClaimant(
            UUID registration,
            UUID claimant,
            WithdrawalChannel channel,
            @Nullable String reason,
            String historyDetail,
            Actor actor,
            @Nullable String ip,
            Function<String, String> auditDetails) {
        RegistrationSummary summary = store.summary(registration).orElse(null);
        RegistrationSummary.Claimant found = summary == null
                ? null
                : summary.claimants().stream()
                        .filter(each -> each.id().equals(claimant))
                        .findFirst()
                        .orElse(null);
        if (summary == null || found == null) {
            return false;
        }
        store.lockUnfrozen(claimant);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!store.withdrawClaimant(claimant, now)) {
            return false;
        }
        history.recordEvent(
                registration, claimant, "CLAIMANT_WITHDRAWN", actor.kind().name(), historyDetail, now);
        audit.recordPersonal(
                actor,
                ip,
                "claimant.withdrawn",
                "claimant",
                claimant,
                auditDetails.apply(found.status().name()));
        RegistrationSummary after = store.summary(registration).orElseThrow();
        boolean nobodyLeft = after.claimants().stream().allMatch(RegistrationSummary.Claimant::withdrawn);
        if (nobodyLeft) {
            endRegistration(after, channel, reason, now);
        }
        confirm(after, List.of(found.name()), nobodyLeft);
        return true;
    }

    private boolean withdrawRegistration(
            UUID registration,
            WithdrawalChannel channel,
            @Nullable String reason,
            String historyDetail,
            Actor actor,
            @Nullable String ip,
            Function<String, String> auditDetails) {
        RegistrationSummary summary = store.summary(registration).orElse(null);
        if (summary == null || summary.withdrawn()) {
            return false;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<String> names = summary.claimants().stream()
                .filter(claimant -> store.withdrawClaimant(claimant.id(), now))
                .map(RegistrationSummary.Claimant::name)
                .toList();
        endRegistration(summary, channel, reason, now);
        audit.recordPersonal(
                actor, ip, "registration.withdrawn", "registration", registration, auditDetails.apply("REGISTERED"));
        confirm(summary, names, true);
        return true;
    }

    private void endRegistration(
            RegistrationSummary summary, WithdrawalChannel channel, @Nullable String reason, OffsetDateTime now) {
        if (store.withdrawRegistration(summary.id(), channel.name(), reason, now)) {
            counter.add(summary.campaign(), -1);
            history.recordEvent(
                    summary.id(),
                    null,
                    "WITHDRAWN",
                    channel == WithdrawalChannel.ONLINE ? "PARTICIPANT" : "STAFF",
                    channel.name(),
                    now);
        }
    }

    private void confirm(RegistrationSummary summary, List<String> names, boolean whole) {
        var account = accounts.find(store.owner(summary.id())).orElseThrow();
        campaigns
                .byId(summary.campaign())
                .ifPresent(campaign ->
                        mails.withdrawn(account.email(), account.id(), campaign, summary.language(), names, whole));
    }

    private static String detail(WithdrawalChannel channel, @Nullable String reason) {
        return "channel=" + channel + (reason == null || reason.isBlank() ? "" : "; reason given");
    }
}
