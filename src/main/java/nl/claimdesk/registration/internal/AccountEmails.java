package nl.claimdesk.registration.internal;

import nl.claimdesk.identity.AccountEmailChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps the registrant's address that the back office searches on equal to the account's. */
@Component
public class AccountEmails {

    private final RegistrationStore store;

    AccountEmails(RegistrationStore store) {
        this.store = store;
    }

    @EventListener
    void on(AccountEmailChanged changed) {
        store.copyEmail(changed.account(), changed.email());
    }
}
