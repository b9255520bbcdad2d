package nl.claimdesk.infrastructure;

import jakarta.validation.Valid;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The settings the modules share through this one: time, cookies, proxies, pseudonyms and the answer time.
 *
 * @param timeZone time zone of times shown and of agreement acceptances; the application's Clock has it, and
 *     everything else asks the clock
 * @param answerTime a sent sign-up and a request for a login link or a new confirmation link are answered no sooner
 *     than this, so that a known address cannot be told from a new one by timing
 * @param secureCookies session and CSRF cookies are Secure and named __Host-...; false only to run over plain HTTP on
 *     another host, refused under prod
 * @param trustedProxies load balancers (addresses or CIDR ranges) whose X-Forwarded-For and X-Forwarded-Proto are
 *     believed
 * @param privacy the keyed hashes that stand in for IP addresses
 * @param readinessTimeout how long readiness ({@code /readyz}) waits for the database to answer before it says the
 *     node is not ready (whole seconds, at least 1; waiting for a connection adds at most the pool's connection
 *     timeout)
 */
@ConfigurationProperties("claimdesk")
@Validated
public record InfrastructureSettings(
        @DefaultValue("Europe/Amsterdam") ZoneId timeZone,
        @DefaultValue("300ms") @DurationMin(nanos = 0) Duration answerTime,
        @DefaultValue("true") boolean secureCookies,
        @DefaultValue List<String> trustedProxies,
        @DefaultValue @Valid Privacy privacy,
        @DefaultValue("2s") @DurationMin(seconds = 1) Duration readinessTimeout) {

    /**
     * @param pseudonymKey at least 32 random bytes in Base64, kept outside the database: the key of the hashes that
     *     stand in for IP addresses and rate-limit keys (ADR 27); empty: a key kept in the database, refused under
     *     prod
     */
    public record Privacy(@DefaultValue("") String pseudonymKey) {}
}
