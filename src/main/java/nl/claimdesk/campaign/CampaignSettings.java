package nl.claimdesk.campaign;

import jakarta.validation.Valid;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How fresh the public site's count and content are, and how large a published document may be.
 *
 * @param counter the public registration counter
 * @param content the campaign content each node keeps in memory
 * @param documents the documents editors publish on a foundation page
 */
@ConfigurationProperties("claimdesk")
@Validated
public record CampaignSettings(
        @DefaultValue @Valid Counter counter,
        @DefaultValue @Valid Content content,
        @DefaultValue @Valid Documents documents) {

    /** @param maximumAge how stale the public registration counter may be */
    record Counter(
            @DefaultValue("2s") @DurationMin(nanos = 0) Duration maximumAge) {}

    /**
     * @param refreshInterval how often each node checks whether campaign content changed; an edit shows on other
     *     nodes within this (at once on the node that saved it)
     */
    public record Content(
            @DefaultValue("2s") @DurationMin(nanos = 0, inclusive = false)
            Duration refreshInterval) {}

    /**
     * @param maximumSize the largest PDF an editor may publish on a foundation page; the server reads uploads up to
     *     twice this, so a file a little too large is refused on the form with the rest of the input kept
     */
    public record Documents(@DefaultValue("10MB") DataSize maximumSize) {

        public Documents {
            if (maximumSize.toBytes() <= 0) {
                throw new IllegalArgumentException("claimdesk.documents.maximum-size must be more than 0 bytes");
            }
        }
    }
}
