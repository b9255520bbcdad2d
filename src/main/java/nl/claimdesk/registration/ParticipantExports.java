package nl.claimdesk.registration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.audit.AuditLog;
import nl.claimdesk.campaign.CampaignSummary;
import nl.claimdesk.campaign.Campaigns;
import nl.claimdesk.web.StaffMember;
import nl.claimdesk.web.Texts;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Streams the participants of a filter as CSV, one registration or one claimant per row, straight from a database
 * cursor: memory use does not grow with the number of rows. On PostgreSQL the JDBC driver only fetches in batches
 * inside a transaction, hence the read-only transaction around the query.
 */
@Component
class ParticipantExports {

    static final int FETCH_SIZE = 2_000;
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate transaction;
    private final Campaigns campaigns;
    private final AuditLog audit;
    private final ZoneId zone;

    ParticipantExports(
            DataSource dataSource,
            PlatformTransactionManager transactions,
            Campaigns campaigns,
            AuditLog audit,
            @Value("${claimdesk.time-zone:Europe/Amsterdam}") ZoneId zone) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.transaction = new TransactionTemplate(transactions);
        this.campaigns = campaigns;
        this.audit = audit;
        this.zone = zone;
    }

    /** What is exported: one row per registration, or one per claimant. */
    enum Kind {
        REGISTRATIONS,
        CLAIMANTS
    }

    /**
     * Writes the export and records it in the audit log with the number of rows written, also when writing fails
     * half-way (the staff member's client went away): what left the building is what counts.
     */
    long write(Kind kind, ParticipantFilter filter, Writer out, Texts t, StaffMember member, @Nullable String ip) {
        long[] rows = {0};
        boolean completed = false;
        try {
            CsvWriter csv = new CsvWriter(out);
            csv.bom();
            Map<UUID, String> slugs = new LinkedHashMap<>();
            for (CampaignSummary campaign : campaigns.all()) {
                slugs.put(campaign.id().value(), campaign.slug());
            }
            if (kind == Kind.REGISTRATIONS) {
                registrations(filter, csv, t, slugs, rows);
            } else {
                claimants(filter, csv, t, slugs, rows);
            }
            csv.flush();
            completed = true;
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } finally {
            String details =
                    "{\"filter\":" + filter.describe() + ",\"rows\":" + rows[0] + ",\"completed\":" + completed + "}";
            transaction.executeWithoutResult(status -> audit.record(
                    Actor.staff(member.id()),
                    ip,
                    kind == Kind.REGISTRATIONS ? "participants.exported" : "claimants.exported",
                    "participants",
                    kind.name().toLowerCase(java.util.Locale.ROOT),
                    details));
        }
        return rows[0];
    }

    private void registrations(ParticipantFilter filter, CsvWriter csv, Texts t, Map<UUID, String> slugs, long[] rows)
            throws IOException {
        csv.row(
                t.get("participants.column.reference"),
                t.get("participants.csv.firstName"),
                t.get("participants.csv.lastName"),
                t.get("participants.column.email"),
                t.get("participants.column.postcode"),
                t.get("participants.csv.country"),
                t.get("participants.column.campaign"),
                t.get("participants.column.kind"),
                t.get("participants.column.claimants"),
                t.get("participants.column.status"),
                t.get("participants.column.signedUpAt"),
                t.get("participants.csv.confirmedAt"),
                t.get("participants.csv.withdrawnAt"));
        ParticipantConditions where = ParticipantConditions.of(filter, zone);
        stream(
                """
                select r.reference, r.first_name, r.last_name, r.email, r.postcode, r.country, r.campaign_id, r.kind,
                    coalesce(n.claimants, 0) as claimants, r.created_at, r.verified_at, r.withdrawn_at
                from registration r
                left join (select registration_id, count(*) as claimants from claimant where status <> 'HANDED_OVER'
                    group by registration_id) n on n.registration_id = r.id
                where\s""" + where.sql() + " order by " + ParticipantConditions.orderBy(filter.sort()),
                where,
                rs -> csv.row(
                        rs.getString("reference"),
                        rs.getString("first_name"),
                        rs.getString("last_name"),
                        rs.getString("email"),
                        rs.getString("postcode"),
                        rs.getString("country"),
                        slugs.get(rs.getObject("campaign_id", UUID.class)),
                        t.get("participants.kind." + rs.getString("kind")),
                        rs.getInt("claimants"),
                        t.get("participants.status."
                                + RegistrationState.of(rs.getObject("verified_at") != null, withdrawn(rs))),
                        time(rs, "created_at"),
                        time(rs, "verified_at"),
                        time(rs, "withdrawn_at")),
                rows);
    }

    private void claimants(ParticipantFilter filter, CsvWriter csv, Texts t, Map<UUID, String> slugs, long[] rows)
            throws IOException {
        csv.row(
                t.get("participants.column.reference"),
                t.get("participants.column.campaign"),
                t.get("participants.csv.registrant"),
                t.get("participants.column.email"),
                t.get("participants.csv.firstName"),
                t.get("participants.csv.lastName"),
                t.get("participants.csv.birthDate"),
                t.get("participants.csv.claimantKind"),
                t.get("participants.column.status"),
                t.get("participants.csv.agreementAt"),
                t.get("participants.csv.withdrawnAt"),
                t.get("participants.column.signedUpAt"));
        ParticipantConditions where = ParticipantConditions.of(filter, zone);
        stream(
                """
                select r.reference, r.campaign_id, r.first_name as registrant_first, r.last_name as registrant_last,
                    r.email, c.first_name, c.last_name, c.date_of_birth, c.kind, c.status,
                    c.participation_completed_at, c.withdrawn_at, c.created_at
                from registration r join claimant c on c.registration_id = r.id
                where\s""" + where.sql() + " order by " + ParticipantConditions.orderBy(filter.sort()) + ", c.position",
                where,
                rs -> csv.row(
                        rs.getString("reference"),
                        slugs.get(rs.getObject("campaign_id", UUID.class)),
                        RegistrantName.of(rs.getString("registrant_first"), rs.getString("registrant_last")),
                        rs.getString("email"),
                        rs.getString("first_name"),
                        rs.getString("last_name"),
                        rs.getObject("date_of_birth", LocalDate.class),
                        t.get("participants.claimantKind." + rs.getString("kind")),
                        t.get("participants.claimantStatus." + rs.getString("status")),
                        time(rs, "participation_completed_at"),
                        time(rs, "withdrawn_at"),
                        time(rs, "created_at")),
                rows);
    }

    /** Runs the query in a read-only transaction, so PostgreSQL hands the rows over a batch at a time. */
    private void stream(String sql, ParticipantConditions where, CsvRow row, long[] rows) {
        readOnly.executeWithoutResult(status -> jdbc.query(
                sql,
                (RowCallbackHandler) rs -> {
                    try {
                        row.write(rs);
                    } catch (IOException failed) {
                        throw new UncheckedIOException(failed);
                    }
                    rows[0]++;
                },
                where.params().toArray()));
    }

    private static boolean withdrawn(ResultSet rs) throws SQLException {
        return rs.getObject("withdrawn_at") != null;
    }

    private @Nullable String time(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : MINUTES.format(time.atZoneSameInstant(zone));
    }

    /** Writes the CSV row of the current result row. */
    @FunctionalInterface
    private interface CsvRow {
        void write(ResultSet rs) throws SQLException, IOException;
    }
}
