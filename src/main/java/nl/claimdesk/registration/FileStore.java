package nl.claimdesk.registration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.claimdesk.identity.AccountId;
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
    private final RegistrationStore store;

    FileStore(JdbcClient jdbc, RegistrationStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    Optional<RegistrationFile> file(UUID registration) {
        return jdbc.sql("select * from registration where id = ?")
                .param(registration)
                .query((rs, row) -> new RegistrationFile(
                        RegistrationStore.registration(rs),
                        new AccountId(rs.getObject("account_id", UUID.class)),
                        rs.getString("withdrawal_channel"),
                        rs.getObject("anonymised_at", OffsetDateTime.class),
                        suspicion(rs),
                        List.of(),
                        List.of(),
                        List.of()))
                .optional()
                .map(found -> new RegistrationFile(
                        found.registration(),
                        found.account(),
                        found.withdrawalChannel(),
                        found.anonymisedAt(),
                        found.fraud(),
                        claimants(registration),
                        reviews(registration),
                        store.events(registration, true)));
    }

    /** Every claimant, handed-over ones too, read with the column names {@link RegistrationStore#claimant} knows. */
    private List<RegistrationFile.Claimant> claimants(UUID registration) {
        return jdbc.sql("""
                        select c.id as claimant_id, c.kind as claimant_kind, c.first_name as claimant_first,
                            c.last_name as claimant_last, c.date_of_birth as claimant_birth, c.status as claimant_status,
                            c.use_started_year, c.use_ended_year, c.participation_completed_at, c.came_of_age_on,
                            c.withdrawn_at as claimant_withdrawn_at, c.suspected_fraud_at, c.suspected_fraud_reason
                        from claimant c where c.registration_id = ? order by c.position""")
                .param(registration)
                .query((rs, row) -> new RegistrationFile.Claimant(
                        RegistrationStore.claimant(rs, rs.getObject("claimant_id", UUID.class)), suspicion(rs)))
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
}
