package nl.claimdesk.email;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the outbox is sent, and where bounces come back.
 *
 * @param from sender of every mail
 * @param batchSize mails a delivery thread sends per round over one SMTP connection
 * @param workers delivery threads per node; each holds a database connection and an SMTP connection while it sends a
 *     round
 * @param maxAttempts attempts before a mail is given up
 * @param idlePoll how long a delivery thread waits before it looks again when the outbox had no full round due
 * @param firstRetry the pause before the second attempt at a mail; it doubles with every attempt, to at most an hour
 * @param returnPath the bounce address, e.g. bounces@mail.example.org: every mail's envelope sender becomes
 *     bounces+(signed token)@mail.example.org, so a bounce names the mail it is about (empty: the sender's address,
 *     and bounces are matched by Message-ID only)
 * @param bounces the mailbox bounces are read from
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
        Duration firstRetry,

        @DefaultValue("") @Pattern(regexp = "|[^@+\\s]+@[^@\\s]+", message = "must be an address without '+', or empty")
        String returnPath,

        @DefaultValue @Valid Bounces bounces) {

    /**
     * @param host IMAP server of the bounce mailbox (empty: bounces are not read)
     * @param port IMAP port
     * @param protocol {@code imaps} (TLS from the start) or {@code imap} (plain: only to a server on the same host or
     *     a trusted network)
     * @param username login of the bounce mailbox
     * @param password password of the bounce mailbox
     * @param folder the folder bounces arrive in
     * @param pollInterval how often one node reads the bounce mailbox
     */
    record Bounces(
            @DefaultValue("") String host,
            @DefaultValue("993") @Positive int port,

            @DefaultValue("imaps") @Pattern(regexp = "imaps?")
            String protocol,

            @DefaultValue("") String username,
            @DefaultValue("") String password,
            @DefaultValue("INBOX") @NotBlank String folder,

            @DefaultValue("5m") @DurationMin(seconds = 1) Duration pollInterval) {

        boolean enabled() {
            return !host.isBlank();
        }
    }
}
