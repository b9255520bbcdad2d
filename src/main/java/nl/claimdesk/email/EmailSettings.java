package nl.claimdesk.email;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the outbox is sent.
 *
 * @param from sender of every mail
 * @param batchSize mails a delivery thread sends per round over one SMTP connection
 * @param workers delivery threads per node; each holds a database connection and an SMTP connection while it sends a
 *     round
 * @param maxAttempts attempts before a mail is given up
 * @param idlePoll how long a delivery thread waits before it looks again when the outbox had no full round due
 * @param firstRetry the pause before the second attempt at a mail; it doubles with every attempt, to at most an hour
 */
@ConfigurationProperties("claimdesk.mail")
@Validated
record EmailSettings(
        @DefaultValue("Claimdesk <noreply@localhost>") @NotBlank
        String from,

        @DefaultValue("50") @Positive int batchSize,
        @DefaultValue("2") @Positive int workers,
        @DefaultValue("12") @Positive int maxAttempts,

        @DefaultValue("1s") @DurationMin(nanos = 0, inclusive = false)
        Duration idlePoll,

        @DefaultValue("30s") @DurationMin(nanos = 0, inclusive = false)
        Duration firstRetry) {}
