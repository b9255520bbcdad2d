package nl.claimdesk.identity.backoffice;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The TOTP secrets of staff accounts, encrypted at rest. At start-up every secret that is not encrypted with the
 * current key — stored before encryption existed, or under a key since rotated out — is re-encrypted with it; a
 * secret read later under an older key (written by a node that had not restarted yet) is moved on its next use.
 */
@Component
class StaffTotpSecrets implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StaffTotpSecrets.class);

    private final JdbcClient jdbc;
    private final TotpSecretCipher cipher;
    private final TotpSecretKeys keys;

    StaffTotpSecrets(JdbcClient jdbc, TotpSecretCipher cipher, TotpSecretKeys keys) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.keys = keys;
    }

    /** The member's secret in base32, if they have enrolled an app. */
    Optional<String> secret(UUID staffId) {
        return jdbc.sql("select totp_secret, totp_key_id from staff_account where id = ? and totp_secret is not null")
                .param(staffId)
                .query((rs, row) ->
                        new TotpSecretCipher.Stored(rs.getString("totp_secret"), rs.getString("totp_key_id")))
                .optional()
                .map(stored -> {
                    String secret = cipher.open(staffId, stored);
                    if (!stored.encryptedWith(keys.currentId())) {
                        reencrypt(staffId, stored, secret);
                    }
                    return secret;
                });
    }

    /** The secret as the columns {@code totp_secret} and {@code totp_key_id} store it. */
    TotpSecretCipher.Stored sealed(UUID staffId, String secret) {
        return cipher.seal(staffId, secret);
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Row> outdated = jdbc.sql("""
                        select id, totp_secret, totp_key_id from staff_account
                        where totp_secret is not null and (totp_key_id is null or totp_key_id <> ?)""")
                .param(keys.currentId())
                .query((rs, row) -> new Row(
                        rs.getObject("id", UUID.class),
                        new TotpSecretCipher.Stored(rs.getString("totp_secret"), rs.getString("totp_key_id"))))
                .list();
        int moved = 0;
        for (Row row : outdated) {
            try {
                moved += reencrypt(row.staffId(), row.stored(), cipher.open(row.staffId(), row.stored()));
            } catch (IllegalStateException unreadable) {
                log.error("A staff member's TOTP secret could not be re-encrypted: {}", unreadable.getMessage());
            }
        }
        if (moved > 0) {
            log.info("Encrypted {} TOTP secrets with the key '{}'", moved, keys.currentId());
        }
    }

    /** Only if nobody changed the secret meanwhile (a reset, or another node doing the same). */
    private int reencrypt(UUID staffId, TotpSecretCipher.Stored stored, String secret) {
        TotpSecretCipher.Stored fresh = cipher.seal(staffId, secret);
        return jdbc.sql("update staff_account set totp_secret = ?, totp_key_id = ? where id = ? and totp_secret = ?")
                .params(fresh.value(), fresh.keyId(), staffId, stored.value())
                .update();
    }

    private record Row(UUID staffId, TotpSecretCipher.Stored stored) {}
}
