package nl.claimdesk.news.internal;

import jakarta.validation.constraints.Positive;
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
 */
@ConfigurationProperties("claimdesk.news")
@Validated
public record NewsSettings(
        @DefaultValue("20") @Positive double ratePerSecond,
        @DefaultValue("1000") @Positive int approvalAbove) {}
