package nl.claimdesk.identity.backoffice;

import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.spec.SecretKeySpec;
import nl.claimdesk.identity.internal.IdentitySettings;
import nl.claimdesk.infrastructure.SiteSecrets;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The AES keys that encrypt staff members' TOTP secrets, from the setting {@value #SETTING}: a comma-separated list
 * of {@code id:key} pairs, each key 32 random bytes in base64. The first encrypts; the others only decrypt what they
 * encrypted before, until the start-up re-encryption has moved every secret to the first. Without the setting (demo
 * mode) one key is made and kept in the database, which protects nothing; under {@code prod} the application refuses
 * to start without it.
 */
@Component
class TotpSecretKeys {

    static final String SETTING = "CLAIMDESK_STAFF_TOTP_KEYS";
    static final String PROPERTY = "claimdesk.staff.totp-keys";
    static final String DEMO_ID = "demo";
    private static final int KEY_BYTES = 32;

    private final Map<String, SecretKeySpec> configured;
    private final SiteSecrets secrets;

    TotpSecretKeys(IdentitySettings settings, SiteSecrets secrets) {
        this.configured = parse(settings.staff().totpKeys());
        this.secrets = secrets;
    }

    /** Runs before any bean is created, so that a refused start never touches the database. */
    @Bean
    static BeanFactoryPostProcessor productionNeedsTotpKeys(Environment environment) {
        return beanFactory -> requireKeysInProduction(environment);
    }

    static void requireKeysInProduction(Environment environment) {
        String setting = environment.getProperty(PROPERTY, "");
        parse(setting);
        if (Arrays.asList(environment.getActiveProfiles()).contains("prod") && setting.isBlank()) {
            throw new IllegalStateException("The prod profile needs a key to encrypt the staff's TOTP secrets, but "
                    + SETTING + " is not set. Set " + SETTING + "=<key id>:<32 random bytes in base64>, e.g. 2026a:"
                    + "$(openssl rand -base64 32); see README.md.");
        }
    }

    /** The id of the key that encrypts new secrets. */
    String currentId() {
        return configured.isEmpty() ? DEMO_ID : configured.keySet().iterator().next();
    }

    /** The key with this id, if configuration has it (or it is the demo key). */
    Optional<SecretKeySpec> key(String id) {
        SecretKeySpec key = configured.get(id);
        if (key != null) {
            return Optional.of(key);
        }
        return DEMO_ID.equals(id)
                ? Optional.of(new SecretKeySpec(secrets.key("totp-secrets"), "AES"))
                : Optional.empty();
    }

    static Map<String, SecretKeySpec> parse(String setting) {
        Map<String, SecretKeySpec> keys = new LinkedHashMap<>();
        for (String entry : setting.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int colon = entry.indexOf(':');
            String id = colon < 0 ? "" : entry.substring(0, colon).strip();
            if (!id.matches("[A-Za-z0-9._-]{1,40}") || DEMO_ID.equals(id) || keys.containsKey(id)) {
                throw invalid("each key needs its own id of letters, digits, '.', '_' or '-' (not 'demo'), then ':'");
            }
            byte[] key;
            try {
                key = Base64.getDecoder().decode(entry.substring(colon + 1).strip());
            } catch (IllegalArgumentException notBase64) {
                throw invalid("the key with id '" + id + "' is not base64");
            }
            if (key.length != KEY_BYTES) {
                throw invalid("the key with id '" + id + "' has " + key.length + " bytes instead of " + KEY_BYTES);
            }
            keys.put(id, new SecretKeySpec(key, "AES"));
        }
        return keys;
    }

    private static IllegalStateException invalid(String problem) {
        return new IllegalStateException(
                SETTING + " must be a comma-separated list of <key id>:<32 random bytes in base64>, the key that"
                        + " encrypts first; " + problem + ".");
    }
}
