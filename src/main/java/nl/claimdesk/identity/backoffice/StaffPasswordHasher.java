package nl.claimdesk.identity.backoffice;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Argon2id with the parameters OWASP recommends (m=19456 KiB, t=2, p=1, 16-byte salt, 32-byte hash). Checking a
 * password for an unknown address costs the same as for a known one, so timing does not tell which addresses exist.
 */
@Component
public class StaffPasswordHasher {

    private final Argon2PasswordEncoder encoder = new Argon2PasswordEncoder(16, 32, 1, 19456, 2);
    private final String unknownAccountHash = encoder.encode("no account has this password, it only costs time");

    public String hash(String password) {
        return encoder.encode(password);
    }

    boolean matches(String password, String hash) {
        return encoder.matches(password, hash);
    }

    /** Spends the time of a check, for an address without an account or without a password yet. */
    void spendTime(String password) {
        encoder.matches(password, unknownAccountHash);
    }
}
