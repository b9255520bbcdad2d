package nl.claimdesk.registration.internal.classification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.claimdesk.campaign.CampaignId;
import nl.claimdesk.campaign.ClassDefinitions;
import org.springframework.stereotype.Component;

/**
 * Keeps a registration's claimants classified between publications: whoever writes claimants (a sign-up, a
 * correction, a hand-over) evaluates the registration under the campaign's current version in the same transaction,
 * with the same query and the same history entries as a publication, so that publishing that version again changes
 * nothing. It sends no mail: the participant who made the change sees the outcome in Mijn dossier.
 */
@Component
public class ClaimantClassification {

    private final ClassDefinitions classes;
    private final ClassStatusStore store;
    private final Clock clock;

    ClaimantClassification(ClassDefinitions classes, ClassStatusStore store, Clock clock) {
        this.classes = classes;
        this.store = store;
        this.clock = clock;
    }

    /** Evaluates the registration's claimants under the campaign's current version; without a version, nothing. */
    public void classify(CampaignId campaign, UUID registration) {
        classes.current(campaign).ifPresent(version -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            store.reclassify(
                    campaign,
                    version.number(),
                    version.definition(),
                    now.toLocalDate(),
                    now,
                    ClaimantRange.registration(registration));
        });
    }
}
