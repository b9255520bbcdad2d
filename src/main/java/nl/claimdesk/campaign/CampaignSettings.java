package nl.claimdesk.campaign;

import jakarta.validation.Valid;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How fresh the public site's count and content are.
 *
 * @param counter the public registration counter
 * @param content the campaign content each node keeps in memory
 */
@ConfigurationProperties("claimdesk")
@Validated
record CampaignSettings(
        @DefaultValue @Valid Counter counter,
        @DefaultValue @Valid Content content) {

    /** @param maximumAge how stale the public registration counter may be */
    record Counter(
            @DefaultValue("2s") @DurationMin(nanos = 0) Duration maximumAge) {}

    /**
     * @param refreshInterval how often each node checks whether campaign content changed; an edit shows on other
     *     nodes within this (at once on the node that saved it)
     */
    record Content(
            @DefaultValue("2s") @DurationMin(nanos = 0, inclusive = false)
            Duration refreshInterval) {}
}
