package nl.claimdesk.payout.internal.bank;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.spec.SecretKeySpec;
import nl.claimdesk.infrastructure.SiteSecrets;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The AES keys of the stored IBANs, from {@value #SETTING}: {@code id:key} pairs, the first encrypting, the others
 * still opening what they sealed before a rotation. Each stored IBAN names the id of its key. Without the setting
 * (demo and tests) one key is made and kept in the database, which protects nothing; under {@code prod} the
 * application refuses to start without it (ADR 0031, ADR 0045).
 */
@Component
public class IbanKeys {

    static final String SETTING = "CLAIMDESK_PAYOUT_BANK_IBAN_KEYS";
    static final String PROPERTY = "claimdesk.payout.bank.iban-keys";
    static final String DEMO_ID = "demo";

    private final Map<String, SecretKeySpec> configured;
    private final SiteSecrets secrets;

    IbanKeys(BankSettings settings, SiteSecrets secrets) {
        this.configured = parse(settings.ibanKeys());
        this.secrets = secrets;
    }

    /** Runs before any bean is created, so that a refused start never touches the database. */
    @Bean
    static BeanFactoryPostProcessor productionNeedsIbanKeys(Environment environment) {
        return beanFactory -> requireKeysInProduction(environment);
    }

    static void requireKeysInProduction(Environment environment) {
        String setting = environment.getProperty(PROPERTY, "");
        parse(setting);
        if (environment.matchesProfiles("prod") && setting.isBlank()) {
            throw new IllegalStateException("The prod profile needs a key to encrypt the participants' IBANs, but "
                    + SETTING + " is not set. Set " + SETTING + "=<key id>:<32 random bytes in base64>, e.g. 2026a:"
                    + "$(openssl rand -base64 32), kept outside the database; see README.md.");
        }
    }

    String currentId() {
        return configured.isEmpty() ? DEMO_ID : configured.keySet().iterator().next();
    }

    Optional<SecretKeySpec> key(String id) {
        if (configured.containsKey(id)) {
            return Optional.of(configured.get(id));
        }
        return DEMO_ID.equals(id)
                ? Optional.of(new SecretKeySpec(secrets.key("bank-account-ibans"), "AES"))
                : Optional.empty();
    }

    static Map<String, SecretKeySpec> parse(String setting) {
        Map<String, SecretKeySpec> keys = new LinkedHashMap<>();
        for (String pair : setting.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] parts = pair.strip().split(":", 2);
            String id = parts[0].strip();
            if (parts.length < 2 || !id.matches("[A-Za-z0-9._-]{1,40}") || DEMO_ID.equals(id) || keys.containsKey(id)) {
                throw refused("every key needs an id of its own (letters, digits, '.', '_', '-'; not 'demo') and ':'");
            }
            keys.put(id, new SecretKeySpec(aesKey(id, parts[1].strip()), "AES"));
        }
        return keys;
    }

    private static byte[] aesKey(String id, String base64) {
        try {
            byte[] key = Base64.getDecoder().decode(base64);
            if (key.length == 32) {
                return key;
            }
        } catch (IllegalArgumentException notBase64) {
            // refused below, with the key's id
        }
        throw refused("the key '" + id + "' is not 32 bytes in base64");
    }

    private static IllegalStateException refused(String problem) {
        return new IllegalStateException(SETTING + " must list <key id>:<32 random bytes in base64>, separated by"
                + " commas, the encrypting key first; " + problem + ".");
    }
}
