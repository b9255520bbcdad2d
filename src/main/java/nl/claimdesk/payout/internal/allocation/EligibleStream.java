package nl.claimdesk.payout.internal.allocation;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import nl.claimdesk.campaign.CampaignId;
import nl.claimdesk.registration.EligibleClaimant;
import nl.claimdesk.registration.Registrations;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Goes through a campaign's eligible claimants in claimant id order, a page at a time (ADR 0044). */
@Component
class EligibleStream {

    static final int PAGE = 10_000;

    private final Registrations registrations;

    EligibleStream(Registrations registrations) {
        this.registrations = registrations;
    }

    void forEachPage(CampaignId campaign, Consumer<List<EligibleClaimant>> pages) {
        @Nullable UUID after = null;
        while (true) {
            List<EligibleClaimant> page = registrations.eligibleForPayout(campaign, after, PAGE);
            if (page.isEmpty()) {
                return;
            }
            pages.accept(page);
            after = page.getLast().claimant();
        }
    }
}
