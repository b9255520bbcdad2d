package nl.claimdesk.registration.internal.classification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.claimdesk.campaign.CampaignId;
import nl.claimdesk.campaign.ClassVersionDraft;
import nl.claimdesk.registration.ClassCount;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The claimants' class status (the {@code class_*} columns of {@code claimant}), evaluated set-based by {@link
 * ClassificationQuery}: counts before and after a version, and re-classification with its history entries.
 */
@Repository
public class ClassStatusStore {

    private static final String OUTCOME = "new_status, new_sub_class, new_detail";

    private final JdbcClient jdbc;

    ClassStatusStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The campaign's active claimants by the outcome {@code version} would give them; nothing is changed. */
    public List<ClassCount> evaluated(CampaignId campaign, ClassVersionDraft version, LocalDate asOf) {
        ClassificationQuery query = new ClassificationQuery(campaign, version, asOf, null);
        return jdbc.sql("select " + OUTCOME + ", count(*) from (" + query.sql() + ") s group by " + OUTCOME
                        + " order by " + OUTCOME)
                .params(query.params())
                .query((rs, row) -> ClassCount.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .list();
    }

    /** How many of the campaign's claimants {@code version} would give another outcome than they have now. */
    public long wouldChange(CampaignId campaign, ClassVersionDraft version, LocalDate asOf) {
        ClassificationQuery query = new ClassificationQuery(campaign, version, asOf, null);
        return jdbc.sql("select count(*) from (" + query.sql() + ") s where " + changed("s"))
                .params(query.params())
                .query(Long.class)
                .single();
    }

    /**
     * Evaluates the claimants of the campaign (or of one registration of it) under {@code version}: every claimant
     * whose outcome changes gets a history entry and {@code class_changed_in = number}; every claimant is marked as
     * evaluated under {@code number}. Run in the caller's transaction.
     *
     * @return how many claimants changed
     */
    public int reclassify(
            CampaignId campaign,
            int number,
            ClassVersionDraft version,
            LocalDate asOf,
            OffsetDateTime at,
            @Nullable UUID registration) {
        ClassificationQuery query = new ClassificationQuery(campaign, version, asOf, registration);
        int changed = jdbc.sql("""
                        insert into registration_event (id, registration_id, claimant_id, kind, actor, occurred_at,
                            detail, internal)
                        select gen_random_uuid(), s.registration_id, s.id, 'CLASS_' || s.new_status, 'SYSTEM', :at,
                            coalesce(s.new_sub_class, s.new_detail), false
                        from (%s) s where %s""".formatted(query.sql(), changed("s")))
                .params(query.params())
                .param("at", at)
                .update();
        jdbc.sql("""
                        update claimant set class_status = s.new_status, class_sub_class = s.new_sub_class,
                            class_regime = s.new_regime, class_detail = s.new_detail, class_version = :number,
                            class_changed_in = case when %s then :number else claimant.class_changed_in end
                        from (%s) s where claimant.id = s.id""".formatted(changed("s"), query.sql()))
                .params(query.params())
                .param("number", number)
                .update();
        return changed;
    }

    private static String changed(String s) {
        return ("(%1$s.class_status is distinct from %1$s.new_status or %1$s.class_sub_class is distinct from"
                        + " %1$s.new_sub_class or %1$s.class_regime is distinct from %1$s.new_regime"
                        + " or %1$s.class_detail is distinct from %1$s.new_detail)")
                .formatted(s);
    }
}
