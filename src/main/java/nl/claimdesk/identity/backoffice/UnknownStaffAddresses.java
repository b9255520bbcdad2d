package nl.claimdesk.identity.backoffice;

import java.util.Locale;
import nl.claimdesk.infrastructure.Pseudonyms;
import org.springframework.stereotype.Component;

/**
 * How the audit log names an address that no staff account has when someone tries to log in with it: not as typed
 * (it is often a colleague's private address, or a typo of one), but as a keyed hash, so that repeated attempts at
 * the same address can still be told apart and counted.
 */
@Component
class UnknownStaffAddresses {

    static final String SUBJECT_TYPE = "staff-address";
    private static final int CHARACTERS = 20;

    private final Pseudonyms pseudonyms;

    UnknownStaffAddresses(Pseudonyms pseudonyms) {
        this.pseudonyms = pseudonyms;
    }

    /** The same for the same normalised address, and nothing from which the address can be read back. */
    String pseudonym(String address) {
        String keyed = pseudonyms.keyed("staff-login-address", address.strip().toLowerCase(Locale.ROOT));
        return "hmac-" + keyed.substring(0, CHARACTERS);
    }
}
