package nl.claimdesk.registration.backoffice.classes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.audit.AuditLog;
import nl.claimdesk.campaign.CampaignSummary;
import nl.claimdesk.campaign.ClassVersion;
import nl.claimdesk.infrastructure.StaffMember;
import nl.claimdesk.registration.ClassCount;
import nl.claimdesk.registration.backoffice.CsvWriter;
import nl.claimdesk.registration.backoffice.ParticipantExports;
import nl.claimdesk.web.Texts;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The class list of a campaign as CSV, for the court or a settlement: every active claimant with the outcome of the
 * last evaluation, streamed from a database cursor like the participant export (inside a read-only transaction, so
 * that PostgreSQL fetches in batches), and recorded in the audit log with the number of rows written.
 */
@Component
class ClassListExport {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate transaction;
    private final AuditLog audit;

    ClassListExport(DataSource dataSource, PlatformTransactionManager transactions, AuditLog audit) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(ParticipantExports.FETCH_SIZE);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.transaction = new TransactionTemplate(transactions);
        this.audit = audit;
    }

    long write(
            CampaignSummary campaign,
            List<ClassVersion> versions,
            Writer out,
            Texts t,
            StaffMember member,
            @Nullable String ip) {
        long[] rows = {0};
        boolean completed = false;
        try {
            CsvWriter csv = new CsvWriter(out);
            csv.bom();
            csv.row(
                    t.get("participants.column.reference"),
                    t.get("participants.csv.firstName"),
                    t.get("participants.csv.lastName"),
                    t.get("participants.csv.birthDate"),
                    t.get("participants.csv.country"),
                    t.get("bo.class.csv.outcome"),
                    t.get("bo.class.csv.subClass"),
                    t.get("bo.class.csv.detail"),
                    t.get("bo.class.csv.regime"),
                    t.get("bo.class.csv.version"),
                    t.get("registry.csv.choice"),
                    t.get("registry.csv.reference"));
            readOnly.executeWithoutResult(status -> jdbc.query(
                    """
                    select r.reference, c.first_name, c.last_name, c.date_of_birth, r.country,
                        k.status as class_status, k.sub_class as class_sub_class, k.detail as class_detail,
                        k.regime as class_regime, k.version as class_version, c.registry_choice, c.registry_reference
                    from claimant c join registration r on r.id = c.registration_id
                        left join claimant_class k on k.claimant_id = c.id
                    where r.campaign_id = ? and c.status in ('REGISTERED', 'UNDER_REVIEW')
                        and c.date_of_birth is not null
                    order by r.reference, c.position""",
                    rs -> {
                        ClassCount outcome = ClassCount.of(
                                rs.getString("class_status"),
                                rs.getString("class_sub_class"),
                                rs.getString("class_detail"),
                                1);
                        String regime = rs.getString("class_regime");
                        String choice = rs.getString("registry_choice");
                        try {
                            csv.row(
                                    rs.getString("reference"),
                                    rs.getString("first_name"),
                                    rs.getString("last_name"),
                                    rs.getObject("date_of_birth", LocalDate.class),
                                    rs.getString("country"),
                                    outcome.label(versions, t),
                                    rs.getString("class_sub_class"),
                                    rs.getString("class_detail"),
                                    regime == null ? null : t.get("bo.class.regime." + regime),
                                    rs.getObject("class_version"),
                                    choice == null ? null : t.get("registry.choice." + choice),
                                    rs.getString("registry_reference"));
                        } catch (IOException failed) {
                            throw new UncheckedIOException(failed);
                        }
                        rows[0]++;
                    },
                    campaign.id().value()));
            csv.flush();
            completed = true;
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } finally {
            String details = "{\"rows\":" + rows[0] + ",\"completed\":" + completed + "}";
            transaction.executeWithoutResult(status -> audit.record(
                    Actor.staff(member.id()),
                    ip,
                    "class-list.exported",
                    "campaign",
                    campaign.id().value(),
                    details));
        }
        return rows[0];
    }
}
