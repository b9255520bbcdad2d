package nl.claimdesk.identity;

import java.io.Serializable;
import java.security.Principal;

/** A logged-in participant, as kept in the session: nothing but the account id. */
record Participant(AccountId account) implements Principal, Serializable {

    @Override
    public String getName() {
        return account.value().toString();
    }
}
