package nl.claimdesk.registration.backoffice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.audit.AuditLog;
import nl.claimdesk.campaign.CampaignSummary;
import nl.claimdesk.campaign.Campaigns;
import nl.claimdesk.campaign.RegistryChoice;
import nl.claimdesk.infrastructure.StaffMember;
import nl.claimdesk.registration.ClaimantKind;
import nl.claimdesk.registration.ClaimantStatus;
import nl.claimdesk.registration.RegistrationKind;
import nl.claimdesk.registration.RegistrationState;
import nl.claimdesk.registration.internal.CustomPlans;
import nl.claimdesk.registration.internal.RegistrantName;
import nl.claimdesk.registration.internal.RegistrationSettings;
import nl.claimdesk.web.Texts;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Streams the participants of a filter as CSV, one registration or one claimant per row, straight from a database
 * cursor: memory use does not grow with the number of rows. On PostgreSQL the JDBC driver only fetches in batches
 * inside a transaction, hence the read-only transaction around the query.
 */
@Component
public class ParticipantExports {

    public static final int FETCH_SIZE = 2_000;
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate transaction;
    private final Campaigns campaigns;
    private final AuditLog audit;
    private final ZoneId zone;
    private final int batchSize;
    private final CustomPlans plans;

    ParticipantExports(
            DataSource dataSource,
            PlatformTransactionManager transactions,
            Campaigns campaigns,
            AuditLog audit,
            CustomPlans plans,
            Clock clock,
            RegistrationSettings settings) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.transaction = new TransactionTemplate(transactions);
        this.campaigns = campaigns;
        this.audit = audit;
        this.zone = clock.getZone();
        this.batchSize = settings.export().batchSize();
        this.plans = plans;
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
        Map<String, String> labels = labels(t);
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
        stream(
                filter,
                """
                select r.reference, r.first_name, r.last_name, r.email, r.postcode, r.country, r.campaign_id, r.kind,
                    (select count(*) from claimant c where c.registration_id = r.id and c.status <> 'HANDED_OVER')
                        as claimants,
                    r.created_at, r.verified_at, r.withdrawn_at, r.id, r.name_key, r.last_name_key
                from (%s) r order by %s""",
                "",
                rs -> csv.row(
                        rs.getString("reference"),
                        rs.getString("first_name"),
                        rs.getString("last_name"),
                        rs.getString("email"),
                        rs.getString("postcode"),
                        rs.getString("country"),
                        slugs.get(rs.getObject("campaign_id", UUID.class)),
                        labels.get("participants.kind." + rs.getString("kind")),
                        rs.getInt("claimants"),
                        labels.get("participants.status."
                                + RegistrationState.of(rs.getObject("verified_at") != null, withdrawn(rs))),
                        time(rs, "created_at"),
                        time(rs, "verified_at"),
                        time(rs, "withdrawn_at")),
                rows);
    }

    private void claimants(ParticipantFilter filter, CsvWriter csv, Texts t, Map<UUID, String> slugs, long[] rows)
            throws IOException {
        Map<String, String> labels = labels(t);
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
                t.get("participants.column.signedUpAt"),
                t.get("registry.csv.choice"),
                t.get("registry.csv.reference"));
        stream(
                filter,
                """
                select r.reference, r.campaign_id, r.first_name as registrant_first, r.last_name as registrant_last,
                    r.email, c.id as claimant_id, c.first_name, c.last_name, c.date_of_birth, c.kind, c.status,
                    c.participation_completed_at, c.withdrawn_at, c.created_at as claimant_created_at,
                    c.registry_choice, c.registry_reference, r.created_at, r.id, r.name_key, r.last_name_key
                from (%s) r left join claimant c on c.registration_id = r.id order by %s, c.position""",
                "claimant_id",
                rs -> csv.row(
                        rs.getString("reference"),
                        slugs.get(rs.getObject("campaign_id", UUID.class)),
                        RegistrantName.of(rs.getString("registrant_first"), rs.getString("registrant_last")),
                        rs.getString("email"),
                        rs.getString("first_name"),
                        rs.getString("last_name"),
                        rs.getObject("date_of_birth", LocalDate.class),
                        labels.get("participants.claimantKind." + rs.getString("kind")),
                        labels.get("participants.claimantStatus." + rs.getString("status")),
                        time(rs, "participation_completed_at"),
                        time(rs, "withdrawn_at"),
                        time(rs, "claimant_created_at"),
                        labels.get("registry.choice." + rs.getString("registry_choice")),
                        rs.getString("registry_reference")),
                rows);
    }

    /**
     * Writes the rows of {@code sql} for every registration of the filter, a batch of registrations at a time in the
     * filter's order (keyset, like the search's pages), all in one read-only transaction so that the export is one
     * consistent snapshot. Each batch is a small indexed query that starts returning rows at once, on both databases,
     * instead of one query that sorts a million rows before the first leaves. {@code sql} has two {@code %s}: the
     * batch of registrations, and the order. A row whose {@code requiredColumn} is null (a registration without
     * claimants in the claimant export) moves the batch on but is not written.
     */
    private void stream(ParticipantFilter filter, String sql, String requiredColumn, CsvRow row, long[] rows) {
        ParticipantConditions where = ParticipantConditions.of(filter, zone);
        String order = where.orderBy(filter.sort());
        String rowOrder = ParticipantConditions.registrationOrder(filter.sort());
        readOnly.executeWithoutResult(status -> {
            plans.forThisTransaction();
            ParticipantCursor after = null;
            int registrations;
            do {
                List<Object> params = new ArrayList<>(where.params());
                String keyset = after == null ? "" : " and " + where.after(after, filter.sort(), params);
                String batch = "select r.* from " + where.from() + " where " + where.sql() + keyset + " order by "
                        + order + " limit " + batchSize;
                Batch read = new Batch(row, requiredColumn, rows);
                jdbc.query(sql.formatted(batch, rowOrder), read, params.toArray());
                registrations = read.registrations;
                after = read.last;
            } while (registrations == batchSize);
        });
    }

    /** Writes one batch and remembers where it ended. */
    private static final class Batch implements RowCallbackHandler {

        private final CsvRow row;
        private final String requiredColumn;
        private final long[] rows;
        private int registrations;
        private @Nullable UUID lastId;
        private @Nullable ParticipantCursor last;

        Batch(CsvRow row, String requiredColumn, long[] rows) {
            this.row = row;
            this.requiredColumn = requiredColumn;
            this.rows = rows;
        }

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            UUID id = rs.getObject("id", UUID.class);
            if (!id.equals(lastId)) {
                registrations++;
                lastId = id;
                last = new ParticipantCursor(
                        rs.getObject("created_at", OffsetDateTime.class),
                        rs.getString("last_name_key"),
                        rs.getString("name_key"),
                        id);
            }
            if (!requiredColumn.isEmpty() && rs.getObject(requiredColumn) == null) {
                return;
            }
            try {
                row.write(rs);
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
            rows[0]++;
        }
    }

    /** The texts of every status and kind, looked up once per export instead of once per row. */
    private static Map<String, String> labels(Texts t) {
        Map<String, String> labels = new HashMap<>();
        put(labels, t, "participants.kind.", RegistrationKind.values());
        put(labels, t, "participants.status.", RegistrationState.values());
        put(labels, t, "participants.claimantKind.", ClaimantKind.values());
        put(labels, t, "participants.claimantStatus.", ClaimantStatus.values());
        put(labels, t, "registry.choice.", RegistryChoice.values());
        return labels;
    }

    private static void put(Map<String, String> labels, Texts t, String prefix, Enum<?>[] values) {
        for (Enum<?> value : values) {
            labels.put(prefix + value.name(), t.get(prefix + value.name()));
        }
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
