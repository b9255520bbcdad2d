package nl.claimdesk.registration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.claimdesk.campaign.CampaignId;
import nl.claimdesk.identity.AccountId;
import nl.claimdesk.shared.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The registration tables as the back office reads and changes them: the whole file in four queries by indexed
 * keys, the queue of open duplicate reviews page by page, suspected fraud and the resolution of reviews.
 */
@Repository
class FileStore {

    private static final String REVIEW_SIDES = """
            select d.id, c.id as claimant_id, %s as later, o.id as other_id, o.first_name, o.last_name,
                r.id as other_registration, r.reference, d.reason, d.created_at, d.resolved_at, d.resolution
            from duplicate_review d
            join claimant c on c.id = d.%s
            join claimant o on o.id = d.%s
            join registration r on r.id = o.registration_id
            where c.registration_id = ?
            """;

    private final JdbcClient jdbc;

    FileStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<RegistrationFile> file(UUID registration) {
        return jdbc.sql("select * from registration where id = ?")
                .param(registration)
                .query((rs, row) -> new RegistrationFile(
                        registration,
                        rs.getString("reference"),
                        new CampaignId(rs.getObject("campaign_id", UUID.class)),
                        new AccountId(rs.getObject("account_id", UUID.class)),
                        RegistrationKind.valueOf(rs.getString("kind")),
                        rs.getString("first_name"),
                        rs.getString("last_name"),
                        rs.getObject("date_of_birth", LocalDate.class),
                        rs.getString("postcode"),
                        rs.getString("country"),
                        Language.fromCode(rs.getString("language")).orElse(Language.DEFAULT),
                        rs.getObject("created_at", OffsetDateTime.class),
                        rs.getObject("verified_at", OffsetDateTime.class),
                        rs.getObject("withdrawn_at", OffsetDateTime.class),
                        rs.getString("withdrawal_channel"),
                        rs.getObject("anonymised_at", OffsetDateTime.class),
                        suspicion(rs),
                        List.of(),
                        List.of(),
                        List.of()))
                .optional()
                .map(found -> withDetails(found, claimants(registration), reviews(registration), events(registration)));
    }

    private List<RegistrationFile.Claimant> claimants(UUID registration) {
        return jdbc.sql("select * from claimant where registration_id = ? order by position")
                .param(registration)
                .query((rs, row) -> {
                    Object ended = rs.getObject("use_ended_year");
                    return new RegistrationFile.Claimant(
                            rs.getObject("id", UUID.class),
                            ClaimantKind.CHILD.name().equals(rs.getString("kind")),
                            rs.getString("first_name"),
                            rs.getString("last_name"),
                            rs.getObject("date_of_birth", LocalDate.class),
                            rs.getInt("use_started_year"),
                            ended == null ? null : ((Number) ended).intValue(),
                            ClaimantStatus.valueOf(rs.getString("status")),
                            rs.getObject("participation_completed_at", OffsetDateTime.class),
                            rs.getObject("came_of_age_on", LocalDate.class),
                            rs.getObject("withdrawn_at", OffsetDateTime.class),
                            suspicion(rs));
                })
                .list();
    }

    private List<RegistrationFile.Review> reviews(UUID registration) {
        return jdbc.sql(REVIEW_SIDES.formatted("true", "claimant_id", "duplicate_of") + " union all "
                        + REVIEW_SIDES.formatted("false", "duplicate_of", "claimant_id")
                        + " order by created_at")
                .params(registration, registration)
                .query((rs, row) -> new RegistrationFile.Review(
                        rs.getObject("id", UUID.class),
                        rs.getObject("claimant_id", UUID.class),
                        rs.getBoolean("later"),
                        rs.getObject("other_id", UUID.class),
                        rs.getObject("other_registration", UUID.class),
                        rs.getString("reference"),
                        name(rs.getString("first_name"), rs.getString("last_name")),
                        rs.getString("reason"),
                        rs.getObject("created_at", OffsetDateTime.class),
                        rs.getObject("resolved_at", OffsetDateTime.class),
                        rs.getString("resolution")))
                .list();
    }

    /** The whole history, newest first, with the entries only staff see. */
    private List<RegistrationEvent> events(UUID registration) {
        return jdbc.sql("""
                        select kind, actor, occurred_at, claimant_id, detail from registration_event
                        where registration_id = ? order by occurred_at desc, id desc""")
                .param(registration)
                .query((rs, row) -> new RegistrationEvent(
                        rs.getString("kind"),
                        rs.getString("actor"),
                        rs.getObject("occurred_at", OffsetDateTime.class),
                        rs.getObject("claimant_id", UUID.class),
                        rs.getString("detail")))
                .list();
    }

    /** One page of open reviews, oldest first, after {@code after} (null: from the start). */
    List<QueuedReview> openReviews(ReviewCursor.@Nullable Position after, int limit) {
        String keyset = after == null ? "" : " and d.created_at >= ? and (d.created_at > ? or d.id > ?)";
        var statement = jdbc.sql(
                QUEUE + " where d.resolved_at is null" + keyset + " order by d.created_at, d.id" + " limit " + limit);
        if (after != null) {
            statement = statement.params(after.createdAt(), after.createdAt(), after.id());
        }
        return statement.query(FileStore::queued).list();
    }

    Optional<QueuedReview> review(UUID review) {
        return jdbc.sql(QUEUE + " where d.id = ?")
                .param(review)
                .query(FileStore::queued)
                .optional();
    }

    int openReviewCount() {
        return jdbc.sql("select count(*) from duplicate_review where resolved_at is null")
                .query(Integer.class)
                .single();
    }

    private static final String QUEUE = """
            select d.id, d.reason, d.created_at, d.resolved_at,
                c.id as c_id, c.first_name as c_first, c.last_name as c_last, c.date_of_birth as c_birth,
                c.status as c_status, r.id as r_id, r.reference as r_reference, r.first_name as r_first,
                r.last_name as r_last, r.created_at as r_created,
                e.id as e_id, e.first_name as e_first, e.last_name as e_last, e.date_of_birth as e_birth,
                e.status as e_status, f.id as f_id, f.reference as f_reference, f.first_name as f_first,
                f.last_name as f_last, f.created_at as f_created
            from duplicate_review d
            join claimant c on c.id = d.claimant_id
            join registration r on r.id = c.registration_id
            join claimant e on e.id = d.duplicate_of
            join registration f on f.id = e.registration_id
            """;

    private static QueuedReview queued(ResultSet rs, int row) throws SQLException {
        return new QueuedReview(
                rs.getObject("id", UUID.class),
                rs.getString("reason"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("resolved_at", OffsetDateTime.class) != null,
                side(rs, "c", "r"),
                side(rs, "e", "f"));
    }

    private static QueuedReview.Side side(ResultSet rs, String claimant, String registration) throws SQLException {
        return new QueuedReview.Side(
                rs.getObject(claimant + "_id", UUID.class),
                name(rs.getString(claimant + "_first"), rs.getString(claimant + "_last")),
                rs.getObject(claimant + "_birth", LocalDate.class),
                ClaimantStatus.valueOf(rs.getString(claimant + "_status")),
                rs.getObject(registration + "_id", UUID.class),
                rs.getString(registration + "_reference"),
                name(rs.getString(registration + "_first"), rs.getString(registration + "_last")),
                rs.getObject(registration + "_created", OffsetDateTime.class));
    }

    /** Closes the review; false when it was resolved already (by someone else in the meantime). */
    boolean resolve(UUID review, String resolution, String by, String reason, OffsetDateTime at) {
        return jdbc.sql("""
                                update duplicate_review set resolved_at = ?, resolution = ?, resolved_by = ?,
                                    resolution_reason = ?
                                where id = ? and resolved_at is null""").params(at, resolution, by, reason, review).update() == 1;
    }

    /** Moves the claimant out of review; a claimant withdrawn in the meantime stays withdrawn. */
    void leaveReview(UUID claimant, ClaimantStatus to) {
        jdbc.sql("update claimant set status = ? where id = ? and status = 'UNDER_REVIEW'")
                .params(to.name(), claimant)
                .update();
    }

    void suspectRegistration(UUID registration, @Nullable String reason, @Nullable OffsetDateTime at) {
        jdbc.sql("update registration set suspected_fraud_at = ?, suspected_fraud_reason = ? where id = ?")
                .params(at, reason, registration)
                .update();
    }

    void suspectClaimant(UUID claimant, @Nullable String reason, @Nullable OffsetDateTime at) {
        jdbc.sql("update claimant set suspected_fraud_at = ?, suspected_fraud_reason = ? where id = ?")
                .params(at, reason, claimant)
                .update();
    }

    private static RegistrationFile.@Nullable Suspicion suspicion(ResultSet rs) throws SQLException {
        OffsetDateTime since = rs.getObject("suspected_fraud_at", OffsetDateTime.class);
        String reason = rs.getString("suspected_fraud_reason");
        return since == null ? null : new RegistrationFile.Suspicion(since, reason == null ? "" : reason);
    }

    private static String name(@Nullable String first, @Nullable String last) {
        return ((first == null ? "" : first) + " " + (last == null ? "" : last)).strip();
    }

    private static RegistrationFile withDetails(
            RegistrationFile r,
            List<RegistrationFile.Claimant> claimants,
            List<RegistrationFile.Review> reviews,
            List<RegistrationEvent> history) {
        return new RegistrationFile(
                r.id(),
                r.reference(),
                r.campaign(),
                r.account(),
                r.kind(),
                r.firstName(),
                r.lastName(),
                r.dateOfBirth(),
                r.postcode(),
                r.country(),
                r.language(),
                r.createdAt(),
                r.verifiedAt(),
                r.withdrawnAt(),
                r.withdrawalChannel(),
                r.anonymisedAt(),
                r.fraud(),
                List.copyOf(claimants),
                List.copyOf(reviews),
                List.copyOf(history));
    }
}
