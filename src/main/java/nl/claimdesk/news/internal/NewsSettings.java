package nl.claimdesk.news.internal;

import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How mailings are sent.
 *
 * @param ratePerSecond mails of mailings sent per second by the whole installation, all nodes together (transactional
 *     mail is not counted and always goes first)
 * @param approvalAbove a mailing to more recipients than this needs the approval of an administrator or a second
 *     editor before it is sent
 * @param maxAttempts attempts at one recipient's mail before it counts as failed (a permanent refusal, a 5xx, counts
 *     at once)
 * @param firstRetry the pause before the second attempt at a mail the server refused for now (a 4xx); it doubles
 *     with every attempt, to at most an hour, and the other recipients are sent meanwhile
 */
@ConfigurationProperties("claimdesk.news")
@Validated
public record NewsSettings(
        @DefaultValue("20") @Positive double ratePerSecond,
        @DefaultValue("1000") @Positive int approvalAbove,
        @DefaultValue("3") @Positive int maxAttempts,

        @DefaultValue("1m") @DurationMin(nanos = 0, inclusive = false)
        Duration firstRetry) {}
