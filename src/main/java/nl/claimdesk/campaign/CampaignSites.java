package nl.claimdesk.campaign;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The campaigns in memory, rendered and ready to serve, so a page view costs no query. Every node compares the
 * stored content revisions with its own every few seconds and reloads when an editor (on any node) changed
 * something; the node where the change was made reloads at once.
 */
@Component
public class CampaignSites {

    private final CampaignStore store;
    private volatile @Nullable Snapshot snapshot;

    public CampaignSites(CampaignStore store) {
        this.store = store;
    }

    public Optional<CampaignSite> bySlug(String slug) {
        return Optional.ofNullable(current().bySlug().get(slug));
    }

    public List<CampaignSite> all() {
        return current().all();
    }

    public synchronized void reload() {
        Map<UUID, Long> revisions = store.revisions();
        List<CampaignSite> sites = store.loadAll();
        Map<String, CampaignSite> bySlug = new LinkedHashMap<>();
        for (CampaignSite site : sites) {
            bySlug.put(site.campaign().slug(), site);
        }
        snapshot = new Snapshot(List.copyOf(sites), Map.copyOf(bySlug), Map.copyOf(revisions));
    }

    public void reloadWhenChanged() {
        Snapshot known = snapshot;
        if (known == null || !known.revisions().equals(store.revisions())) {
            reload();
        }
    }

    private Snapshot current() {
        Snapshot known = snapshot;
        if (known == null) {
            reload();
            known = snapshot;
        }
        return known;
    }

    private record Snapshot(List<CampaignSite> all, Map<String, CampaignSite> bySlug, Map<UUID, Long> revisions) {}
}
