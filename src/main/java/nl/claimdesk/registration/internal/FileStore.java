package nl.claimdesk.registration.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.claimdesk.identity.AccountId;
import nl.claimdesk.registration.RegistrationFile;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A registration's whole file as the back office shows it, read in four queries by indexed keys.
 */
@Repository
public class FileStore {

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
    private final HistoryStore history;

    FileStore(JdbcClient jdbc, HistoryStore history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    public Optional<RegistrationFile> file(UUID registration) {
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
                        history.events(registration, true)));
    }

    /** Every claimant, handed-over ones too, read with the column names {@link RegistrationStore#claimant} knows. */
    private List<RegistrationFile.Claimant> claimants(UUID registration) {
        return jdbc.sql("""
                        select c.id as claimant_id, c.kind as claimant_kind, c.first_name as claimant_first,
                            c.last_name as claimant_last, c.date_of_birth as claimant_birth, c.status as claimant_status,
                            c.use_started_year, c.use_ended_year, c.participation_completed_at, c.came_of_age_on,
                            c.use_started_month, c.use_ended_month, c.residence_country, c.authority,
                            k.status as class_status, k.sub_class as class_sub_class, k.detail as class_detail,
                            k.version as class_version, c.registry_choice, c.objection_since,
                            c.withdrawn_at as claimant_withdrawn_at, c.suspected_fraud_at, c.suspected_fraud_reason
                        from claimant c left join claimant_class k on k.claimant_id = c.id
                        where c.registration_id = ? order by c.position""")
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
                        RegistrantName.of(rs.getString("first_name"), rs.getString("last_name")),
                        rs.getString("reason"),
                        rs.getObject("created_at", OffsetDateTime.class),
                        rs.getObject("resolved_at", OffsetDateTime.class),
                        rs.getString("resolution")))
                .list();
    }

    private static RegistrationFile.@Nullable Suspicion suspicion(ResultSet rs) throws SQLException {
        OffsetDateTime since = rs.getObject("suspected_fraud_at", OffsetDateTime.class);
        String reason = rs.getString("suspected_fraud_reason");
        return since == null ? null : new RegistrationFile.Suspicion(since, reason == null ? "" : reason);
    }
}
