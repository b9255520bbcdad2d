package nl.claimdesk.registration.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.audit.AuditLog;
import nl.claimdesk.campaign.Campaigns;
import nl.claimdesk.campaign.RegistrationCounter;
import nl.claimdesk.email.MailHistory;
import nl.claimdesk.email.UndeliverableAddresses;
import nl.claimdesk.identity.Account;
import nl.claimdesk.identity.Accounts;
import nl.claimdesk.identity.OneTimeTokens;
import nl.claimdesk.identity.TokenPurpose;
import nl.claimdesk.infrastructure.JobLocks;
import nl.claimdesk.registration.internal.HistoryStore;
import nl.claimdesk.registration.internal.RegistrationSettings;
import nl.claimdesk.registration.internal.RegistrationStore;
import nl.claimdesk.registration.internal.RetentionStore;
import nl.claimdesk.registration.mail.RegistrationMails;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-ups whose address was never confirmed are kept for a limited time (default 30 days): halfway, the address
 * gets one reminder with a fresh link; at the end, the registration and everything about it is erased, and the
 * account too if it has nothing else. Once a day, on one node; running it twice changes nothing more.
 */
@Component
public class UnconfirmedSignUps {

    private static final Logger log = LoggerFactory.getLogger(UnconfirmedSignUps.class);

    private final RegistrationStore store;
    private final RetentionStore retention;
    private final HistoryStore history;
    private final Accounts accounts;
    private final OneTimeTokens tokens;
    private final Campaigns campaigns;
    private final RegistrationCounter counter;
    private final RegistrationMails mails;
    private final MailHistory mailHistory;
    private final UndeliverableAddresses undeliverable;
    private final AuditLog audit;
    private final JobLocks locks;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration keepFor;

    UnconfirmedSignUps(
            RegistrationStore store,
            RetentionStore retention,
            HistoryStore history,
            Accounts accounts,
            OneTimeTokens tokens,
            Campaigns campaigns,
            RegistrationCounter counter,
            RegistrationMails mails,
            MailHistory mailHistory,
            UndeliverableAddresses undeliverable,
            AuditLog audit,
            JobLocks locks,
            TransactionTemplate transactions,
            Clock clock,
            RegistrationSettings settings) {
        this.store = store;
        this.retention = retention;
        this.history = history;
        this.accounts = accounts;
        this.tokens = tokens;
        this.campaigns = campaigns;
        this.counter = counter;
        this.mails = mails;
        this.mailHistory = mailHistory;
        this.undeliverable = undeliverable;
        this.audit = audit;
        this.locks = locks;
        this.transactions = transactions;
        this.clock = clock;
        this.keepFor = settings.retention().unconfirmed();
    }

    @Scheduled(cron = "${claimdesk.jobs.unconfirmed-sign-ups:0 45 3 * * *}")
    void daily() {
        if (locks.tryLock("unconfirmed-sign-ups", Duration.ofHours(20))) {
            log.info("Unconfirmed sign-ups: {} reminded, {} erased", remind(), purge());
        }
    }

    /** Sends the one reminder to those halfway; returns how many were reminded. */
    int remind() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int reminded = 0;
        for (RetentionStore.Unconfirmed registration :
                retention.unconfirmedBefore(now.minus(keepFor.dividedBy(2)), true)) {
            Boolean sent = transactions.execute(status -> {
                if (!retention.markReminded(registration.id(), now)) {
                    return false;
                }
                Account account = accounts.find(registration.account()).orElseThrow();
                String token = tokens.issue(account.id(), TokenPurpose.VERIFY_REGISTRATION, registration.id());
                long daysLeft = Math.max(
                        1,
                        Duration.between(now, registration.createdAt().plus(keepFor))
                                .toDays());
                campaigns
                        .byId(registration.campaign())
                        .ifPresent(campaign -> mails.unverifiedReminder(
                                account.email(), account.id(), campaign, registration.language(), token, daysLeft));
                history.recordEvent(registration.id(), null, "REMINDED", "SYSTEM", null, now);
                return true;
            });
            reminded += Boolean.TRUE.equals(sent) ? 1 : 0;
        }
        return reminded;
    }

    /** Erases the registrations past their time; returns how many were erased. */
    int purge() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int erased = 0;
        for (RetentionStore.Unconfirmed registration : retention.unconfirmedBefore(now.minus(keepFor), false)) {
            transactions.executeWithoutResult(status -> {
                if (!registration.withdrawn()) {
                    counter.add(registration.campaign(), -1);
                }
                audit.forget(store.auditSubjects(registration.id()));
                retention.delete(registration.id());
                boolean lastOne = store.registrationsOf(registration.account()) == 0;
                Optional<Account> account = accounts.find(registration.account());
                boolean neverConfirmed = account.map(found -> !found.verified()).orElse(false);
                if (lastOne && neverConfirmed) {
                    mailHistory.forget(registration.account().value());
                    // A confirmation mail to a mistyped address is what bounces most; its mark goes with it.
                    undeliverable.clear(account.get().email().value());
                    accounts.erase(registration.account(), false);
                    audit.forget(List.of(registration.account().value()));
                }
                audit.record(
                        Actor.system("unconfirmed-sign-ups"),
                        null,
                        "registration.purged",
                        "registration",
                        registration.id(),
                        null);
            });
            erased++;
        }
        return erased;
    }
}
