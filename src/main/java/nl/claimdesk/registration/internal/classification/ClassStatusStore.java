package nl.claimdesk.registration.internal.classification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.claimdesk.campaign.CampaignId;
import nl.claimdesk.campaign.ClassVersionDraft;
import nl.claimdesk.registration.ClassCount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The claimants' class status (the table {@code claimant_class}, a row per claimant once evaluated), evaluated set-based by {@link
 * ClassificationQuery}: counts under a version, and re-classification with its history entries. Over a whole
 * campaign both go slice by slice ({@link #slices}), each slice one or two statements.
 */
@Repository
public class ClassStatusStore {

    /** Claimants per slice: a slice's statements take seconds at most, far below the statement timeout. */
    static final int SLICE = 25_000;

    private static final String OUTCOME = "new_status, new_sub_class, new_detail";

    private final JdbcClient jdbc;

    ClassStatusStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The campaign's registrations cut into slices by id of about {@code size} claimants each (a registration's
     * claimants always in one slice), together covering every registration of the campaign (and, at the ends, any
     * added meanwhile).
     */
    List<ClaimantRange> slices(CampaignId campaign, int size) {
        List<UUID> bounds = jdbc.sql("""
                        select distinct registration_id from (
                            select c.registration_id, row_number() over (order by c.registration_id) as n
                            from claimant c join registration r on r.id = c.registration_id
                            where r.campaign_id = :campaign) numbered
                        where mod(n, :size) = 0 order by registration_id""")
                .param("campaign", campaign.value())
                .param("size", size)
                .query(UUID.class)
                .list();
        List<ClaimantRange> slices = new ArrayList<>();
        UUID after = null;
        for (UUID bound : bounds) {
            slices.add(ClaimantRange.slice(after, bound));
            after = bound;
        }
        slices.add(ClaimantRange.slice(after, null));
        return slices;
    }

    /**
     * The campaign's active claimants by the outcome {@code version} would give them, and how many of them that
     * outcome would change; nothing is changed.
     */
    public Evaluation evaluated(CampaignId campaign, ClassVersionDraft version, LocalDate asOf) {
        // Keyed by the outcome with no claimants, summed over the slices.
        Map<ClassCount, Long> counts = new LinkedHashMap<>();
        long changed = 0;
        for (ClaimantRange slice : slices(campaign, SLICE)) {
            ClassificationQuery query = new ClassificationQuery(campaign, version, asOf, slice);
            List<SliceCount> rows = jdbc.sql("select " + OUTCOME + ", count(*), sum(case when " + changed("s")
                            + " then 1 else 0 end) from (" + query.sql() + ") s group by " + OUTCOME)
                    .params(query.params())
                    .query((rs, row) -> new SliceCount(
                            ClassCount.of(rs.getString(1), rs.getString(2), rs.getString(3), 0),
                            rs.getLong(4),
                            rs.getLong(5)))
                    .list();
            for (SliceCount row : rows) {
                counts.merge(row.outcome(), row.claimants(), Long::sum);
                changed += row.changed();
            }
        }
        List<ClassCount> after = new ArrayList<>();
        counts.forEach((outcome, claimants) ->
                after.add(new ClassCount(outcome.status(), outcome.subClass(), outcome.detail(), claimants)));
        return new Evaluation(after, changed);
    }

    /**
     * Evaluates the claimants of the campaign in {@code range} under {@code version}, in the caller's transaction:
     * each claimant whose outcome changes gets a history entry and {@code changed_in = number}; each is marked as
     * evaluated under {@code number}. The history entries are written first, from the evaluation (which still sees
     * the stored outcome), and the outcomes stored after; reading the changed claimants back from {@code
     * claimant_class} instead would need an index on {@code changed_in} that every publication has to maintain.
     *
     * @return how many claimants changed
     */
    public int reclassify(
            CampaignId campaign,
            int number,
            ClassVersionDraft version,
            LocalDate asOf,
            OffsetDateTime at,
            ClaimantRange range) {
        ClassificationQuery query = new ClassificationQuery(campaign, version, asOf, range);
        int changed = jdbc.sql("""
                        insert into registration_event (id, registration_id, claimant_id, kind, actor, occurred_at,
                            detail, internal)
                        select gen_random_uuid(), s.registration_id, s.id, 'CLASS_' || s.new_status, 'SYSTEM', :at,
                            coalesce(s.new_sub_class, s.new_detail), false
                        from (%s) s where %s""".formatted(query.sql(), changed("s")))
                .params(query.params())
                .param("at", ClassNoticeQueue.stored(at))
                .update();
        store(query, number);
        return changed;
    }

    /**
     * Stores each evaluated claimant's outcome as evaluated under {@code number}; {@code changed_in = number} where
     * the outcome is new or differs.
     */
    private void store(ClassificationQuery query, int number) {
        jdbc.sql("""
                        merge into claimant_class k using (%s) s on k.claimant_id = s.id
                        when matched then update set status = s.new_status, sub_class = s.new_sub_class,
                            regime = s.new_regime, detail = s.new_detail, version = :number,
                            changed_in = case when %s then :number else k.changed_in end
                        when not matched then insert (claimant_id, status, sub_class, regime, detail, version,
                            changed_in)
                            values (s.id, s.new_status, s.new_sub_class, s.new_regime, s.new_detail, :number,
                                :number)""".formatted(query.sql(), changed("s")))
                .params(query.params())
                .param("number", number)
                .update();
    }

    private static String changed(String s) {
        return ("(%1$s.class_status is distinct from %1$s.new_status or %1$s.class_sub_class is distinct from"
                        + " %1$s.new_sub_class or %1$s.class_regime is distinct from %1$s.new_regime"
                        + " or %1$s.class_detail is distinct from %1$s.new_detail)")
                .formatted(s);
    }

    private record SliceCount(ClassCount outcome, long claimants, long changed) {}

    /** The claimants by the outcome a version would give them, and how many of them it would change. */
    public record Evaluation(List<ClassCount> after, long changed) {}
}
