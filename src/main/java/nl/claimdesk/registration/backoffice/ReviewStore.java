package nl.claimdesk.registration.backoffice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.claimdesk.registration.ClaimantStatus;
import nl.claimdesk.registration.internal.RegistrantName;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The queue of open duplicate reviews page by page, their resolution, and the fraud staff suspect. */
@Repository
class ReviewStore {

    private final JdbcClient jdbc;

    ReviewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of open reviews, oldest first, after {@code after} (null: from the start). */
    List<QueuedReview> openReviews(ReviewCursor.@Nullable Position after, int limit) {
        String keyset = after == null ? "" : " and d.created_at >= ? and (d.created_at > ? or d.id > ?)";
        // Ordering by resolved_at too (null in every row) lets PostgreSQL read the index (resolved_at, created_at, id)
        // in order and stop after one page; ordered by created_at alone it joins every open review first.
        var statement = jdbc.sql(QUEUE + " where d.resolved_at is null" + keyset
                + " order by d.resolved_at, d.created_at, d.id limit " + limit);
        if (after != null) {
            statement = statement.params(after.createdAt(), after.createdAt(), after.id());
        }
        return statement.query(ReviewStore::queued).list();
    }

    Optional<QueuedReview> review(UUID review) {
        return jdbc.sql(QUEUE + " where d.id = ?")
                .param(review)
                .query(ReviewStore::queued)
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
                RegistrantName.of(rs.getString(claimant + "_first"), rs.getString(claimant + "_last")),
                rs.getObject(claimant + "_birth", LocalDate.class),
                ClaimantStatus.valueOf(rs.getString(claimant + "_status")),
                rs.getObject(registration + "_id", UUID.class),
                rs.getString(registration + "_reference"),
                RegistrantName.of(rs.getString(registration + "_first"), rs.getString(registration + "_last")),
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
}
