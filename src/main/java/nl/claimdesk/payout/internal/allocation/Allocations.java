package nl.claimdesk.payout.internal.allocation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.audit.AuditLog;
import nl.claimdesk.campaign.Campaigns;
import nl.claimdesk.payout.internal.settlement.Settlement;
import nl.claimdesk.registration.PayoutEligibleClaimants;
import nl.claimdesk.shared.Ids;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The allocations of settlements (tables {@code allocation}, {@code allocation_share}): previewing a scheme over
 * the eligible claimants, and publishing it as a frozen version whose shares sum to the cent. The database does the
 * work, a slice of about {@link #SLICE} eligible claimants (by claimant id) per statement, so that no statement comes
 * near the statement timeout however large the claim (docs/adr/0060): one pass counts the claimants per category and
 * notes where each slice ends; publishing then writes each slice's shares with one {@code insert … select}, the
 * amounts computed in SQL exactly as {@link AllocationPlan.Share#amount} says, the extra cents' count carried from
 * slice to slice. Both passes see one snapshot of the data (repeatable read), and the database's sum is checked
 * before the version is committed. The heap holds a few numbers per slice, whatever the number of claimants.
 */
@Component
public class Allocations {

    /** Eligible claimants per slice, so that each statement stays far below the statement timeout (ADR 0060). */
    static final int SLICE = 25_000;

    private static final UUID FIRST = new UUID(0, 0);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = """
            id, settlement_id, version, scheme, reserve_cents, distributed_cents, reason, published_by, published_at,
            superseded_at""";

    private final JdbcClient jdbc;
    private final Campaigns campaigns;
    private final AuditLog audit;
    private final Clock clock;
    private final int slice;

    @Autowired
    Allocations(JdbcClient jdbc, Campaigns campaigns, AuditLog audit, Clock clock) {
        this(jdbc, campaigns, audit, clock, SLICE);
    }

    /** With slices of {@code slice} claimants: tests cut a handful of claimants into several. */
    Allocations(JdbcClient jdbc, Campaigns campaigns, AuditLog audit, Clock clock, int slice) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.audit = audit;
        this.clock = clock;
        this.slice = slice;
    }

    /** What the scheme would give the settlement's eligible claimants now. */
    @Transactional(readOnly = true)
    public Preview preview(Settlement settlement, AllocationScheme scheme) {
        return counted(settlement, scheme).preview();
    }

    /** The eligible claimants counted per category, slice by slice, and the plan the counts give. */
    private Counted counted(Settlement settlement, AllocationScheme scheme) {
        int categories = scheme.categories().size();
        long[] counts = new long[categories];
        long outside = 0;
        List<Slice> slices = new ArrayList<>();
        UUID after = FIRST;
        while (true) {
            long[] inSlice = new long[categories];
            UUID[] last = {null};
            long[] taken = {0};
            jdbc.sql("""
                            select category, last_id, count(*) from (
                                select l.category, first_value(l.claimant_id) over (order by l.claimant_id desc)
                                    as last_id
                                from (select e.claimant_id, %s as category from (%s) e
                                      order by e.claimant_id fetch first :size rows only) l) m
                            group by category, last_id""".formatted(category(scheme), PayoutEligibleClaimants.inRange(false)))
                    .param("campaign", settlement.campaign().value())
                    .param("after", after)
                    .param("size", slice)
                    .query((RowCallbackHandler) rs -> {
                        int category = rs.getInt(1);
                        last[0] = rs.getObject(2, UUID.class);
                        long count = rs.getLong(3);
                        taken[0] += count;
                        if (category >= 0) {
                            inSlice[category] += count;
                        }
                    });
            if (taken[0] == 0) {
                break;
            }
            for (int i = 0; i < categories; i++) {
                counts[i] += inSlice[i];
            }
            outside += taken[0] - Arrays.stream(inSlice).sum();
            slices.add(new Slice(after, last[0], inSlice));
            if (taken[0] < slice) {
                break;
            }
            after = last[0];
        }
        return new Counted(new Preview(Division.divide(scheme, settlement.netCents(), counts), outside), slices);
    }

    /** A slice of the eligible claimants by id ({@code after} exclusive, {@code upTo} inclusive) and its counts. */
    private record Slice(UUID after, UUID upTo, long[] counts) {}

    private record Counted(Preview preview, List<Slice> slices) {}

    /**
     * The category of the eligible claimant {@code e} (its position in the scheme; -1 for none) by the age in the
     * year their use began, the youngest they were while using it, as {@link AllocationScheme#categoryOf} says. The
     * ages are the scheme's integers.
     */
    private static String category(AllocationScheme scheme) {
        StringBuilder sql = new StringBuilder("case");
        String age = "(e.use_started_year - extract(year from e.date_of_birth))";
        for (int i = 0; i < scheme.categories().size(); i++) {
            AllocationScheme.Category category = scheme.categories().get(i);
            sql.append(" when ")
                    .append(age)
                    .append(" between ")
                    .append(category.fromAge())
                    .append(" and ")
                    .append(category.toAge())
                    .append(" then ")
                    .append(i);
        }
        return sql.append(" else -1 end").toString();
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
        Counted counted = counted(settlement, scheme);
        AllocationPlan plan = counted.preview().plan();
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
        writeShares(settlement, published.id(), plan, counted.slices());
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

    /**
     * Writes the shares slice by slice, each with one {@code insert … select}: the {@code n}-th claimant of a category
     * in a slice (in id order) is that category's {@code offset + n}-th, where {@code offset} counts the category's
     * claimants in the slices before, and gets one cent more while that is within the category's extra cents. A
     * claimant whose amount is 0 (a category below the minimum, or outside every category) gets no share.
     */
    private void writeShares(Settlement settlement, UUID allocation, AllocationPlan plan, List<Slice> slices) {
        AllocationScheme scheme = plan.scheme();
        List<Integer> paid = new ArrayList<>();
        for (int i = 0; i < plan.shares().size(); i++) {
            AllocationPlan.Share share = plan.shares().get(i);
            if (share.eachCents() > 0 || share.withExtraCent() > 0) {
                paid.add(i);
            }
        }
        if (paid.isEmpty()) {
            return;
        }
        StringBuilder code = new StringBuilder("case n.category");
        StringBuilder amount = new StringBuilder("case n.category");
        for (int i : paid) {
            code.append(" when ").append(i).append(" then cast(:code").append(i).append(" as varchar(40))");
            amount.append(" when ")
                    .append(i)
                    .append(" then cast(:each")
                    .append(i)
                    .append(" as bigint) + case when n.n <= :extra")
                    .append(i)
                    .append(" then 1 else 0 end");
        }
        code.append(" end");
        amount.append(" end");
        String insert = """
                insert into allocation_share (allocation_id, claimant_id, registration_id, category, amount_cents, minor)
                select :allocation, w.claimant_id, w.registration_id, w.code, w.amount_cents, w.minor from (
                    select n.claimant_id, n.registration_id, %s as code, %s as amount_cents,
                        case when n.date_of_birth > :lastAdultBirth then true else false end as minor
                    from (select k.claimant_id, k.registration_id, k.date_of_birth, k.category,
                              row_number() over (partition by k.category order by k.claimant_id) as n
                          from (select e.claimant_id, e.registration_id, e.date_of_birth, %s as category
                                from (%s) e) k) n
                    where n.category in (%s)) w
                where w.amount_cents > 0""".formatted(
                        code,
                        amount,
                        category(scheme),
                        PayoutEligibleClaimants.inRange(true),
                        String.join(", ", paid.stream().map(String::valueOf).toList()));
        LocalDate lastAdultBirth = lastAdultBirth(
                campaigns
                        .byId(settlement.campaign())
                        .orElseThrow()
                        .eligibility()
                        .majorityAge(),
                LocalDate.now(clock));
        long[] before = new long[scheme.categories().size()];
        for (Slice slice : slices) {
            JdbcClient.StatementSpec statement = jdbc.sql(insert)
                    .param("allocation", allocation)
                    .param("lastAdultBirth", lastAdultBirth)
                    .param("campaign", settlement.campaign().value())
                    .param("after", slice.after())
                    .param("upTo", slice.upTo());
            for (int i : paid) {
                AllocationPlan.Share share = plan.shares().get(i);
                statement = statement
                        .param("code" + i, scheme.categories().get(i).code())
                        .param("each" + i, share.eachCents())
                        .param("extra" + i, share.withExtraCent() - before[i]);
            }
            statement.update();
            for (int i = 0; i < before.length; i++) {
                before[i] += slice.counts()[i];
            }
        }
    }

    /**
     * The latest date of birth of someone who is of age ({@code majority}) on {@code today}: a claimant born after it
     * is a minor, exactly when their birthday of majority ({@code plusYears}, a 29 February becoming the 28th) lies
     * after today.
     */
    static LocalDate lastAdultBirth(int majority, LocalDate today) {
        LocalDate born = today.minusYears(majority);
        while (!born.plusDays(1).plusYears(majority).isAfter(today)) {
            born = born.plusDays(1);
        }
        while (born.plusYears(majority).isAfter(today)) {
            born = born.minusDays(1);
        }
        return born;
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
