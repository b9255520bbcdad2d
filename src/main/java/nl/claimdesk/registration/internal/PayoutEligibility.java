package nl.claimdesk.registration.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.claimdesk.campaign.CampaignId;
import nl.claimdesk.registration.EligibleClaimant;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The campaign's claimants eligible for a payout, a page at a time in claimant id order (keyset paging), so the
 * payout can go through a million of them with a flat heap.
 */
@Component
class PayoutEligibility {

    private static final UUID FIRST = new UUID(0, 0);

    /** The rule, on {@code claimant c} joined to its {@code registration r}. */
    private static final String ELIGIBLE = """
            c.status = 'REGISTERED' and c.participation_completed_at is not null
              and exists (select 1 from claimant_class k where k.claimant_id = c.id and k.status = 'IN_CLASS')
              and c.date_of_birth is not null
              and c.withdrawn_at is null and c.suspected_fraud_at is null and c.objection_since is null
              and r.withdrawn_at is null and r.suspected_fraud_at is null""";

    /** The most claimants {@link #among} takes at once: one statement parameter each. */
    static final int MOST_AT_ONCE = 1_000;

    private final JdbcClient jdbc;

    PayoutEligibility(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<EligibleClaimant> page(CampaignId campaign, @Nullable UUID after, int limit) {
        return jdbc.sql("""
                        select c.id, c.registration_id, c.date_of_birth, c.use_started_year
                        from claimant c join registration r on r.id = c.registration_id
                        where r.campaign_id = ? and c.id > ? and %s
                        order by c.id
                        fetch first ? rows only""".formatted(ELIGIBLE))
                .params(campaign.value(), after == null ? FIRST : after, limit)
                .query((rs, row) -> new EligibleClaimant(
                        rs.getObject("id", UUID.class),
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
        String marks = String.join(", ", Collections.nCopies(claimants.size(), "?"));
        return Set.copyOf(jdbc.sql("""
                        select c.id from claimant c join registration r on r.id = c.registration_id
                        where c.id in (%s) and %s""".formatted(marks, ELIGIBLE))
                .params(List.copyOf(claimants))
                .query(UUID.class)
                .list());
    }
}
