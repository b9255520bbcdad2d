package nl.claimdesk.backoffice;

import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The dashboard's figures.
 *
 * @param maximumAge how stale the back office's dashboard figures may be (each node counts at most once per period
 *     and scope)
 */
@ConfigurationProperties("claimdesk.figures")
@Validated
record BackofficeSettings(
        @DefaultValue("60s") @DurationMin(nanos = 0) Duration maximumAge) {}
