package nl.claimdesk.payout.internal.allocation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.audit.AuditLog;
import nl.claimdesk.campaign.Campaigns;
import nl.claimdesk.payout.internal.MultiRowInsert;
import nl.claimdesk.payout.internal.settlement.Settlement;
import nl.claimdesk.registration.EligibleClaimant;
import nl.claimdesk.shared.Ids;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The allocations of settlements (tables {@code allocation}, {@code allocation_share}): previewing a scheme over
 * the eligible claimants, and publishing it as a frozen version whose shares sum to the cent. Publishing goes through
 * the claimants twice, a page at a time: once to count them per category, once to write each share, in multi-row
 * inserts; both passes see one snapshot of the data (repeatable read), and the database's sum is checked before the
 * version is committed.
 */
@Component
public class Allocations {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = """
            id, settlement_id, version, scheme, reserve_cents, distributed_cents, reason, published_by, published_at,
            superseded_at""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final EligibleStream eligible;
    private final Campaigns campaigns;
    private final AuditLog audit;
    private final Clock clock;

    Allocations(
            JdbcClient jdbc,
            JdbcTemplate template,
            EligibleStream eligible,
            Campaigns campaigns,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.eligible = eligible;
        this.campaigns = campaigns;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the scheme would give the settlement's eligible claimants now. */
    @Transactional(readOnly = true)
    public Preview preview(Settlement settlement, AllocationScheme scheme) {
        long[] counts = new long[scheme.categories().size()];
        long[] outside = {0};
        eligible.forEachPage(settlement.campaign(), page -> {
            for (EligibleClaimant claimant : page) {
                scheme.categoryOf(ageAtStart(claimant))
                        .ifPresentOrElse(category -> counts[category]++, () -> outside[0]++);
            }
        });
        return new Preview(Division.divide(scheme, settlement.netCents(), counts), outside[0]);
    }

    /**
     * Publishes the scheme as the settlement's next version, superseding the current one; {@code reason} says why a
     * version changes (required from the second version on, by the caller).
     *
     * @throws Division.Refused when the scheme cannot divide the net amount
     */
    @Transactional(isolation = Isolation.REPEATABLE_READ)
    public PublishedAllocation publish(
            Settlement settlement, AllocationScheme scheme, @Nullable String reason, UUID staff, @Nullable String ip) {
        if (!settlement.approved()) {
            throw new IllegalStateException("an allocation needs an approved settlement");
        }
        jdbc.sql("select id from settlement where id = ? for update")
                .param(settlement.id())
                .query(UUID.class)
                .single();
        AllocationPlan plan = preview(settlement, scheme).plan();
        OffsetDateTime now = OffsetDateTime.now(clock);
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from allocation where settlement_id = ?")
                .param(settlement.id())
                .query(Integer.class)
                .single();
        jdbc.sql("""
                        update allocation set superseded_at = ?
                        where settlement_id = ? and published_at is not null and superseded_at is null""").params(now, settlement.id()).update();
        PublishedAllocation published = new PublishedAllocation(
                Ids.newId(),
                settlement.id(),
                version,
                scheme,
                plan.reserveCents(),
                plan.distributedCents(),
                reason,
                staff,
                now,
                null);
        jdbc.sql("""
                        insert into allocation (id, settlement_id, version, scheme, reserve_cents, distributed_cents,
                            reason, created_by, created_at, published_by, published_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        published.id(),
                        settlement.id(),
                        version,
                        JSON.writeValueAsString(scheme),
                        plan.reserveCents(),
                        plan.distributedCents(),
                        reason,
                        staff,
                        now,
                        staff,
                        now)
                .update();
        writeShares(settlement, published.id(), plan);
        long written = jdbc.sql("select coalesce(sum(amount_cents), 0) from allocation_share where allocation_id = ?")
                .param(published.id())
                .query(Long.class)
                .single();
        if (written != plan.distributedCents()) {
            throw new IllegalStateException("the shares add up to " + written + ", not " + plan.distributedCents());
        }
        audit.record(
                Actor.staff(staff),
                ip,
                "allocation.published",
                "settlement",
                settlement.id(),
                "version=%d claimants=%d distributed=%d reserve=%d reason=%s"
                        .formatted(
                                version,
                                plan.claimants(),
                                plan.distributedCents(),
                                plan.reserveCents(),
                                reason == null ? "" : reason));
        return published;
    }

    private void writeShares(Settlement settlement, UUID allocation, AllocationPlan plan) {
        AllocationScheme scheme = plan.scheme();
        int majority = campaigns
                .byId(settlement.campaign())
                .orElseThrow()
                .eligibility()
                .majorityAge();
        LocalDate today = LocalDate.now(clock);
        long[] seen = new long[scheme.categories().size()];
        MultiRowInsert shares = new MultiRowInsert(
                template,
                "allocation_share",
                "allocation_id",
                "claimant_id",
                "registration_id",
                "category",
                "amount_cents",
                "minor");
        eligible.forEachPage(settlement.campaign(), page -> {
            for (EligibleClaimant claimant : page) {
                Optional<Integer> category = scheme.categoryOf(ageAtStart(claimant));
                if (category.isEmpty()) {
                    continue;
                }
                int index = category.get();
                long amount = plan.shares().get(index).amount(seen[index]++);
                if (amount > 0) {
                    shares.add(
                            allocation,
                            claimant.claimant(),
                            claimant.registration(),
                            scheme.categories().get(index).code(),
                            amount,
                            claimant.dateOfBirth().plusYears(majority).isAfter(today));
                }
            }
        });
        shares.flush();
    }

    /** The claimant's age in the year their use began: the youngest they were while using it. */
    static int ageAtStart(EligibleClaimant claimant) {
        return claimant.useStartedYear() - claimant.dateOfBirth().getYear();
    }

    /** The settlement's published versions, newest first. */
    public List<PublishedAllocation> versions(UUID settlement) {
        return jdbc.sql("select " + COLUMNS + " from allocation where settlement_id = ? and published_at is not null"
                        + " order by version desc")
                .param(settlement)
                .query(Allocations::allocation)
                .list();
    }

    public Optional<PublishedAllocation> current(UUID settlement) {
        return versions(settlement).stream()
                .filter(PublishedAllocation::current)
                .findFirst();
    }

    /** What a published version gives each category, in the scheme's order. */
    public List<CategoryTotal> totals(PublishedAllocation allocation) {
        List<CategoryTotal> found = jdbc.sql("""
                        select category, count(*) as claimants, min(amount_cents) as smallest,
                            max(amount_cents) as largest, sum(amount_cents) as total
                        from allocation_share where allocation_id = ? group by category""")
                .param(allocation.id())
                .query((rs, row) -> new CategoryTotal(
                        rs.getString("category"),
                        rs.getLong("claimants"),
                        rs.getLong("smallest"),
                        rs.getLong("largest"),
                        rs.getLong("total")))
                .list();
        List<CategoryTotal> ordered = new ArrayList<>();
        for (AllocationScheme.Category category : allocation.scheme().categories()) {
            found.stream()
                    .filter(total -> total.category().equals(category.code()))
                    .findFirst()
                    .ifPresent(ordered::add);
        }
        return ordered;
    }

    /** What a published version allocated in all: claimants, cents, and how many of them were minors. */
    public AllocationFigures figures(PublishedAllocation allocation) {
        return jdbc.sql("""
                        select count(*) as claimants, coalesce(sum(amount_cents), 0) as allocated,
                            coalesce(sum(case when minor then 1 else 0 end), 0) as minors
                        from allocation_share where allocation_id = ?""")
                .param(allocation.id())
                .query((rs, row) ->
                        new AllocationFigures(rs.getLong("claimants"), rs.getLong("allocated"), rs.getLong("minors")))
                .single();
    }

    private static PublishedAllocation allocation(ResultSet rs, int row) throws SQLException {
        return new PublishedAllocation(
                rs.getObject("id", UUID.class),
                rs.getObject("settlement_id", UUID.class),
                rs.getInt("version"),
                JSON.readValue(rs.getString("scheme"), AllocationScheme.class),
                rs.getLong("reserve_cents"),
                rs.getLong("distributed_cents"),
                rs.getString("reason"),
                rs.getObject("published_by", UUID.class),
                rs.getObject("published_at", OffsetDateTime.class),
                rs.getObject("superseded_at", OffsetDateTime.class));
    }
}
