package nl.claimdesk;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Environment variables whose names are older than their settings' keys. Relaxed binding reads
 * {@code claimdesk.rate-limits.sign-up-per-ip} from {@code CLAIMDESK_RATE_LIMITS_SIGN_UP_PER_IP}; the README has always
 * named {@code CLAIMDESK_RATE_LIMIT_SIGN_UP_PER_IP}, and deployments set it. A variable of this list that is set is
 * given under its key right behind the environment, so it outranks the application's files as every variable does;
 * one that is not set leaves the settings record's default.
 */
class VariableAliases implements EnvironmentPostProcessor {

    static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry("CLAIMDESK_RATE_LIMIT_SIGN_UP_PER_IP", "claimdesk.rate-limits.sign-up-per-ip"),
            Map.entry("CLAIMDESK_RATE_LIMIT_SIGN_UP_PER_ADDRESS", "claimdesk.rate-limits.sign-up-per-address"),
            Map.entry("CLAIMDESK_RATE_LIMIT_LOGIN_PER_IP", "claimdesk.rate-limits.login-per-ip"),
            Map.entry("CLAIMDESK_RATE_LIMIT_LOGIN_PER_ADDRESS", "claimdesk.rate-limits.login-per-address"),
            Map.entry("CLAIMDESK_RATE_LIMIT_RESEND_PER_IP", "claimdesk.rate-limits.resend-per-ip"),
            Map.entry("CLAIMDESK_RATE_LIMIT_RESEND_PER_ADDRESS", "claimdesk.rate-limits.resend-per-address"),
            Map.entry("CLAIMDESK_RATE_LIMIT_MAIL_PER_ACCOUNT", "claimdesk.rate-limits.mail-per-account"),
            Map.entry("CLAIMDESK_RATE_LIMIT_STAFF_LOGIN_PER_IP", "claimdesk.rate-limits.staff-login-per-ip"),
            Map.entry(
                    "CLAIMDESK_RATE_LIMIT_STAFF_LOGIN_PER_ADDRESS_AND_IP",
                    "claimdesk.rate-limits.staff-login-per-address-and-ip"),
            Map.entry("CLAIMDESK_RATE_LIMIT_EXPORT_PER_STAFF", "claimdesk.rate-limits.export-per-staff"),
            Map.entry("CLAIMDESK_BREACHED_PASSWORDS_FILE", "claimdesk.staff.breached-passwords-file"));

    static final String SOURCE = "claimdeskVariableAliases";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> set = new LinkedHashMap<>();
        KEYS.forEach((variable, key) -> {
            String value = environment.getProperty(variable);
            if (value != null) {
                set.put(key, value);
            }
        });
        if (set.isEmpty()) {
            return;
        }
        environment
                .getPropertySources()
                .addAfter(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new MapPropertySource(SOURCE, set));
    }
}
