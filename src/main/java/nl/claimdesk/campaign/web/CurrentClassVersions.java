package nl.claimdesk.campaign.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.claimdesk.campaign.CampaignId;
import nl.claimdesk.campaign.CampaignSettings;
import nl.claimdesk.campaign.ClassDefinitions;
import nl.claimdesk.campaign.ClassVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The current class version of each campaign as the public pages show it (the registry's deadlines), kept in memory
 * like the rest of the campaign content (ADR 0001, 0049): a page never queries for it per request, a stale version is
 * refreshed in the background and served meanwhile, and while the database is away the last one read is shown. A
 * version published on another node shows here within the content refresh interval.
 */
@Component
class CurrentClassVersions {

    private static final Logger log = LoggerFactory.getLogger(CurrentClassVersions.class);

    private final ClassDefinitions definitions;
    private final Clock clock;
    private final Duration maximumAge;
    private final Map<CampaignId, Known> known = new ConcurrentHashMap<>();
    private final Set<CampaignId> refreshing = ConcurrentHashMap.newKeySet();

    CurrentClassVersions(ClassDefinitions definitions, Clock clock, CampaignSettings settings) {
        this.definitions = definitions;
        this.clock = clock;
        this.maximumAge = settings.content().refreshInterval();
    }

    Optional<ClassVersion> current(CampaignId campaign) {
        Known last = known.get(campaign);
        if (last == null) {
            return read(campaign).version();
        }
        if (Duration.between(last.readAt(), clock.instant()).compareTo(maximumAge) >= 0 && refreshing.add(campaign)) {
            Thread.ofVirtual().name("class-version-refresh").start(() -> refresh(campaign));
        }
        return last.version();
    }

    private void refresh(CampaignId campaign) {
        try {
            read(campaign);
        } catch (DataAccessException unavailable) {
            log.warn(
                    "The current class version could not be read ({}); the last one is shown",
                    unavailable.getClass().getSimpleName());
        } finally {
            refreshing.remove(campaign);
        }
    }

    private Known read(CampaignId campaign) {
        Known fresh = new Known(definitions.current(campaign), clock.instant());
        known.put(campaign, fresh);
        return fresh;
    }

    private record Known(Optional<ClassVersion> version, Instant readAt) {}
}
