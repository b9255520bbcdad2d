package nl.claimdesk.registration.signup;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import nl.claimdesk.campaign.RegistrationCounter;
import nl.claimdesk.identity.Account;
import nl.claimdesk.identity.AccountId;
import nl.claimdesk.identity.Accounts;
import nl.claimdesk.identity.OneTimeTokens;
import nl.claimdesk.identity.TokenPurpose;
import nl.claimdesk.registration.internal.ClaimantEntry;
import nl.claimdesk.registration.internal.DuplicateStore;
import nl.claimdesk.registration.internal.HistoryStore;
import nl.claimdesk.registration.internal.RegistrationReference;
import nl.claimdesk.registration.internal.RegistrationStore;
import nl.claimdesk.registration.internal.SignUp;
import nl.claimdesk.registration.internal.classification.ClaimantClassification;
import nl.claimdesk.registration.mail.RegistrationMails;
import nl.claimdesk.registration.retention.UnconfirmedSignUps;
import nl.claimdesk.shared.Ids;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores a sign-up and its verification mail in one transaction, so it is acknowledged only once both are safe.
 *
 * <p>An address that is already registered for the campaign gets no second registration: the same page is shown,
 * and the address gets a mail to log in instead. The same person registered by a second adult is stored, but sent
 * to review and not counted twice. Sending the same form twice (a double click, a retried request) stores it once.
 */
@Component
public class SignUps {

    private final TransactionTemplate transactions;
    private final RegistrationStore store;
    private final DuplicateStore duplicates;
    private final HistoryStore history;
    private final Accounts accounts;
    private final OneTimeTokens tokens;
    private final RegistrationCounter counter;
    private final RegistrationMails mails;
    private final SentDrafts sentDrafts;
    private final ClaimantClassification classification;
    private final Clock clock;

    SignUps(
            TransactionTemplate transactions,
            RegistrationStore store,
            DuplicateStore duplicates,
            HistoryStore history,
            Accounts accounts,
            OneTimeTokens tokens,
            RegistrationCounter counter,
            RegistrationMails mails,
            SentDrafts sentDrafts,
            ClaimantClassification classification,
            Clock clock) {
        this.transactions = transactions;
        this.store = store;
        this.duplicates = duplicates;
        this.history = history;
        this.accounts = accounts;
        this.tokens = tokens;
        this.counter = counter;
        this.mails = mails;
        this.sentDrafts = sentDrafts;
        this.classification = classification;
        this.clock = clock;
    }

    /** Stores the sign-up and mails its address. */
    public void submit(SignUp signUp) {
        submit(signUp, true);
    }

    /**
     * Stores the sign-up as {@link #submit} does, but mails nothing: its address is over a rate limit. An unconfirmed
     * sign-up still gets the reminder of {@link UnconfirmedSignUps}, and a new link can be asked for at any time.
     */
    void submitWithoutMail(SignUp signUp) {
        submit(signUp, false);
    }

    /**
     * A concurrent submission of the same form, or of the same address, makes the first attempt fail on a unique key;
     * the second attempt then sees what the other one committed and does the right thing.
     */
    private void submit(SignUp signUp, boolean mail) {
        try {
            transactions.executeWithoutResult(status -> store(signUp, mail));
        } catch (DuplicateKeyException raced) {
            try {
                transactions.executeWithoutResult(status -> store(signUp, mail));
            } catch (DuplicateKeyException sameSubmission) {
                // The other attempt stored exactly this submission (same idempotency key): nothing left to do.
            }
        }
    }

    private void store(SignUp signUp, boolean mail) {
        if (!sentDrafts.markSent(signUp.idempotencyKey())) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<Account> account = accounts.find(signUp.registrant().email());
        if (account.isPresent()) {
            Optional<RegistrationStore.Existing> existing =
                    store.find(account.get().id(), signUp.campaign().id());
            if (existing.isPresent()) {
                repeated(signUp, account.get(), existing.get(), now, mail);
                return;
            }
        }
        AccountId accountId = account.map(Account::id)
                .orElseGet(() -> accounts.open(signUp.registrant().email(), signUp.language()));
        UUID registration = Ids.newId();
        store.insertRegistration(registration, RegistrationReference.random(), signUp, accountId, now);
        int position = 0;
        for (ClaimantEntry claimant : signUp.claimants()) {
            UUID claimantId = Ids.newId();
            store.insertClaimant(claimantId, registration, position++, claimant, now);
            if (!duplicates.claimIdentity(signUp.campaign().id(), claimant, claimantId)) {
                duplicates.sendToReview(claimantId, signUp.campaign().id(), claimant, "SAME_NAME_AND_BIRTH_DATE", now);
            }
        }
        history.recordEvent(registration, null, "SIGNED_UP", "PARTICIPANT", null, now);
        classification.classify(signUp.campaign().id(), registration);
        if (mail) {
            String token = tokens.issue(accountId, TokenPurpose.VERIFY_REGISTRATION, registration);
            mails.verify(signUp.registrant().email(), accountId, signUp.campaign(), signUp.language(), token);
        }
        // Last: the counter's shard row stays locked until the commit, and all sign-ups share a few shards.
        counter.add(signUp.campaign().id(), 1);
    }

    private void repeated(
            SignUp signUp, Account account, RegistrationStore.Existing existing, OffsetDateTime now, boolean mail) {
        duplicates.recordRepeat(existing.id(), signUp.idempotencyKey(), now);
        history.recordEvent(existing.id(), null, "SIGNED_UP_AGAIN", "PARTICIPANT", null, now);
        if (!mail) {
            return;
        }
        if (existing.verified()) {
            String login = tokens.issue(account.id(), TokenPurpose.LOG_IN, null);
            mails.alreadyRegistered(account.email(), account.id(), signUp.campaign(), signUp.language(), login);
        } else {
            String verify = tokens.issue(account.id(), TokenPurpose.VERIFY_REGISTRATION, existing.id());
            mails.alreadyRegisteredUnconfirmed(
                    account.email(), account.id(), signUp.campaign(), signUp.language(), verify);
        }
    }
}
