package nl.claimdesk.infrastructure;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Production refuses to start without {@code CLAIMDESK_PRIVACY_PSEUDONYM_KEY}: without it the keyed hashes of IP
 * addresses use a key kept in the same database, and a copy of that database turns every hashed IPv4 address back
 * by trying all four billion (ADR 0027).
 */
@Configuration(proxyBeanMethods = false)
class PseudonymKeyCheck {

    @Bean
    static BeanFactoryPostProcessor productionNeedsPseudonymKey(Environment environment) {
        return beanFactory -> requireKeyInProduction(environment);
    }

    static void requireKeyInProduction(Environment environment) {
        if (environment.matchesProfiles("prod")
                && environment
                        .getProperty("claimdesk.privacy.pseudonym-key", "")
                        .isBlank()) {
            throw new IllegalStateException("The prod profile needs a key for the pseudonyms of IP addresses, but"
                    + " CLAIMDESK_PRIVACY_PSEUDONYM_KEY is not set. Set it to at least 32 random bytes in Base64"
                    + " (openssl rand -base64 32), kept outside the database.");
        }
    }
}
