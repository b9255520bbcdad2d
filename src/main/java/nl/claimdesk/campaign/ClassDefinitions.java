package nl.claimdesk.campaign;

import java.util.List;
import java.util.Optional;

/**
 * The class definitions of the campaigns, for other modules. An interface, so that the module's API depends on none
 * of its internals (docs/adr/0032).
 */
public interface ClassDefinitions {

    /** Every published version of the campaign's class, newest first. */
    List<ClassVersion> versions(CampaignId campaign);

    /** The version that applies now: the one published last. */
    Optional<ClassVersion> current(CampaignId campaign);

    /**
     * Publishes {@code draft} as the campaign's next version, in the caller's transaction, and returns it. Publishing
     * together with someone else fails on the version number, never overwrites.
     */
    ClassVersion publish(CampaignId campaign, ClassVersionDraft draft);
}
