package nl.claimdesk.registration;

import java.util.List;
import nl.claimdesk.identity.AccountId;
import org.springframework.stereotype.Component;

/** The registrations of an account, for Mijn dossier. */
@Component
public class Registrations {

    private final RegistrationStore store;

    Registrations(RegistrationStore store) {
        this.store = store;
    }

    public List<RegistrationSummary> of(AccountId account) {
        return store.ofAccount(account);
    }
}
