package nl.claimdesk.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.shared.Language;
import org.jspecify.annotations.Nullable;

/**
 * A campaign's timeline for other modules: its items as stored (always the latest save, not the catalogue in memory),
 * and a new item published the way the content editor adds one (audited as a content change, every node reloads).
 */
public interface CampaignTimeline {

    /** The campaign's items, newest first. */
    List<Item> items(CampaignId campaign);

    Optional<Item> item(CampaignId campaign, UUID id);

    /**
     * Adds an item to the campaign's timeline in the caller's transaction; returns its id. {@code texts} holds a title
     * and a Markdown body for every language.
     */
    UUID publish(CampaignId campaign, LocalDate date, Map<Language, Text> texts, Actor actor, @Nullable String ip);

    /** An item of the timeline: its date and its title in Dutch, the back office's language. */
    record Item(UUID id, LocalDate date, String title) {}

    /** An item's title and Markdown body in one language. */
    record Text(String title, String body) {}
}
