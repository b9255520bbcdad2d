package nl.claimdesk.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.claimdesk.web.SiteSecrets;
import org.springframework.stereotype.Component;

/**
 * How the audit log names an address that no staff account has when someone tries to log in with it: not as typed
 * (it is often a colleague's private address, or a typo of one), but as a keyed hash (HMAC-SHA256 with a site
 * secret), so that repeated attempts at the same address can still be told apart and counted.
 */
@Component
class UnknownStaffAddresses {

    static final String SUBJECT_TYPE = "staff-address";
    private static final int HEX_CHARACTERS = 20;

    private final SiteSecrets secrets;

    UnknownStaffAddresses(SiteSecrets secrets) {
        this.secrets = secrets;
    }

    /** The same for the same normalised address, and nothing from which the address can be read back. */
    String pseudonym(String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secrets.key("staff-login-addresses"), "HmacSHA256"));
            byte[] hash = mac.doFinal(address.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return "hmac-" + HexFormat.of().formatHex(hash).substring(0, HEX_CHARACTERS);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
