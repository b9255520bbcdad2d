package nl.claimdesk.registration.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.claimdesk.campaign.CampaignId;
import nl.claimdesk.registration.EligibleClaimant;
import nl.claimdesk.registration.PayoutEligibleClaimants;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The campaign's claimants eligible for a payout, a page at a time in claimant id order (keyset paging), by the rule
 * of {@link PayoutEligibleClaimants}.
 */
@Component
class PayoutEligibility {

    private static final UUID FIRST = new UUID(0, 0);

    /** The most claimants {@link #among} takes at once: one statement parameter each. */
    static final int MOST_AT_ONCE = 1_000;

    private final JdbcClient jdbc;

    PayoutEligibility(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<EligibleClaimant> page(CampaignId campaign, @Nullable UUID after, int limit) {
        return jdbc.sql("select claimant_id, registration_id, date_of_birth, use_started_year from ("
                        + PayoutEligibleClaimants.inRange(false)
                        + ") e order by claimant_id fetch first :limit rows only")
                .param("campaign", campaign.value())
                .param("after", after == null ? FIRST : after)
                .param("limit", limit)
                .query((rs, row) -> new EligibleClaimant(
                        rs.getObject("claimant_id", UUID.class),
                        rs.getObject("registration_id", UUID.class),
                        rs.getObject("date_of_birth", LocalDate.class),
                        rs.getInt("use_started_year")))
                .list();
    }

    Set<UUID> among(Collection<UUID> claimants) {
        if (claimants.size() > MOST_AT_ONCE) {
            throw new IllegalArgumentException(claimants.size() + " claimants at once, more than " + MOST_AT_ONCE);
        }
        if (claimants.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("select claimant_id from (" + PayoutEligibleClaimants.among() + ") e")
                .param("claimants", List.copyOf(claimants))
                .query(UUID.class)
                .list());
    }
}
