package nl.claimdesk.registration.signup;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import nl.claimdesk.campaign.Campaigns;
import nl.claimdesk.identity.Account;
import nl.claimdesk.identity.AccountId;
import nl.claimdesk.identity.Accounts;
import nl.claimdesk.identity.OneTimeTokens;
import nl.claimdesk.identity.TokenGrant;
import nl.claimdesk.identity.TokenPurpose;
import nl.claimdesk.registration.internal.HistoryStore;
import nl.claimdesk.registration.internal.RegistrationStore;
import nl.claimdesk.registration.mail.RegistrationMails;
import nl.claimdesk.shared.EmailAddress;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Confirming the address of a registration, and sending a new confirmation link when the first one is lost. */
@Component
public class Verifications {

    private final OneTimeTokens tokens;
    private final Accounts accounts;
    private final RegistrationStore store;
    private final HistoryStore history;
    private final Campaigns campaigns;
    private final RegistrationMails mails;
    private final Clock clock;

    Verifications(
            OneTimeTokens tokens,
            Accounts accounts,
            RegistrationStore store,
            HistoryStore history,
            Campaigns campaigns,
            RegistrationMails mails,
            Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.store = store;
        this.history = history;
        this.campaigns = campaigns;
        this.mails = mails;
        this.clock = clock;
    }

    /** Uses the link: the registration is verified, and the account it belongs to is returned to log in. */
    @Transactional
    Optional<AccountId> confirm(String token) {
        Optional<TokenGrant> grant = tokens.consume(token, TokenPurpose.VERIFY_REGISTRATION);
        grant.ifPresent(granted -> verify(granted.account(), granted.subject()));
        return grant.map(TokenGrant::account);
    }

    /** The address is the registrant's: the account's, and the registration's when one is named. */
    @Transactional
    void verify(AccountId account, @Nullable UUID registration) {
        accounts.markEmailVerified(account);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (registration != null && store.markVerified(registration, now)) {
            history.recordEvent(registration, null, "VERIFIED", "PARTICIPANT", null, now);
        }
    }

    /**
     * Mails a fresh confirmation link for one unconfirmed registration, at the back office's request; false when it
     * is confirmed already (or gone).
     */
    @Transactional
    public boolean resendFor(UUID registration) {
        Optional<RegistrationStore.UnverifiedRegistration> found = store.registration(registration);
        if (found.isEmpty() || store.isVerified(registration)) {
            return false;
        }
        Account account = accounts.find(store.owner(registration)).orElseThrow();
        campaigns.byId(found.get().campaign()).ifPresent(campaign -> {
            String token = tokens.issue(account.id(), TokenPurpose.VERIFY_REGISTRATION, registration);
            mails.verify(account.email(), account.id(), campaign, found.get().language(), token);
        });
        return true;
    }

    /** Mails a fresh confirmation link for every unconfirmed registration of the address; unknown addresses get none. */
    @Transactional
    void resend(EmailAddress email) {
        Optional<Account> account = accounts.find(email);
        if (account.isEmpty()) {
            return;
        }
        for (RegistrationStore.UnverifiedRegistration registration :
                store.unverified(account.get().id())) {
            campaigns.byId(registration.campaign()).ifPresent(campaign -> {
                String token = tokens.issue(account.get().id(), TokenPurpose.VERIFY_REGISTRATION, registration.id());
                mails.verify(account.get().email(), account.get().id(), campaign, registration.language(), token);
            });
        }
    }
}
