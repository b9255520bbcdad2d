package nl.claimdesk.payout.internal.settlement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.audit.AuditLog;
import nl.claimdesk.campaign.CampaignId;
import nl.claimdesk.shared.Ids;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The settlements (table {@code settlement}): entering one, approving it by a second person (four eyes, which the
 * database enforces too), and recording the court's approval for minors. Every step is in the audit log.
 */
@Component
public class Settlements {

    /** What became of an approval. */
    public enum Approval {
        APPROVED,
        /** The person who entered the settlement cannot approve it too. */
        SAME_PERSON,
        ALREADY_APPROVED
    }

    private static final String COLUMNS = """
            id, campaign_id, source_kind, source_date, source_reference, gross_cents, costs_cents, fee_cents,
            net_cents, minors_need_court_approval, court_approved_at, court_approval_reference, minor_account_rule,
            entered_by, entered_at, approved_by, approved_at""";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    Settlements(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Settlement enter(NewSettlement entered, UUID staff, @Nullable String ip) {
        long fee = FeeRule.fee(entered.campaign().fee(), entered.grossCents(), entered.costsCents());
        Settlement settlement = new Settlement(
                Ids.newId(),
                entered.campaign().id(),
                entered.sourceKind(),
                entered.sourceDate(),
                entered.sourceReference(),
                entered.grossCents(),
                entered.costsCents(),
                fee,
                entered.grossCents() - fee,
                entered.minorsNeedCourtApproval(),
                null,
                null,
                entered.minorAccountRule(),
                staff,
                OffsetDateTime.now(clock),
                null,
                null);
        jdbc.sql("insert into settlement (" + COLUMNS
                        + ", currency) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'EUR')")
                .params(
                        settlement.id(),
                        settlement.campaign().value(),
                        settlement.sourceKind().name(),
                        settlement.sourceDate(),
                        settlement.sourceReference(),
                        settlement.grossCents(),
                        settlement.costsCents(),
                        settlement.feeCents(),
                        settlement.netCents(),
                        settlement.minorsNeedCourtApproval(),
                        null,
                        null,
                        settlement.minorAccountRule().name(),
                        staff,
                        settlement.enteredAt(),
                        null,
                        null)
                .update();
        audit.record(
                Actor.staff(staff), ip, "settlement.entered", "settlement", settlement.id(), settlement.toString());
        return settlement;
    }

    /** Approves the settlement in {@code staff}'s name, unless they entered it or it was approved already. */
    @Transactional
    public Approval approve(UUID settlement, UUID staff, @Nullable String ip) {
        Settlement found = byId(settlement).orElseThrow();
        if (found.enteredBy().equals(staff)) {
            return Approval.SAME_PERSON;
        }
        int approved = jdbc.sql("""
                        update settlement set approved_by = ?, approved_at = ?
                        where id = ? and approved_by is null""")
                .params(staff, OffsetDateTime.now(clock), settlement)
                .update();
        if (approved == 0) {
            return Approval.ALREADY_APPROVED;
        }
        audit.record(Actor.staff(staff), ip, "settlement.approved", "settlement", settlement, null);
        return Approval.APPROVED;
    }

    /** Records the subdistrict court's approval for the minors; false when none is needed or it is recorded. */
    @Transactional
    public boolean recordCourtApproval(
            UUID settlement, LocalDate approvedOn, String reference, UUID staff, @Nullable String ip) {
        int recorded = jdbc.sql("""
                        update settlement set court_approved_at = ?, court_approval_reference = ?
                        where id = ? and minors_need_court_approval and court_approved_at is null""").params(approvedOn, reference, settlement).update();
        if (recorded == 0) {
            return false;
        }
        audit.record(
                Actor.staff(staff),
                ip,
                "settlement.courtApproved",
                "settlement",
                settlement,
                "approvedOn=" + approvedOn + " reference=" + reference);
        return true;
    }

    public Optional<Settlement> byId(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from settlement where id = ?")
                .param(id)
                .query(Settlements::settlement)
                .optional();
    }

    /** Every settlement, newest first. */
    public List<Settlement> all() {
        return jdbc.sql("select " + COLUMNS + " from settlement order by entered_at desc, id")
                .query(Settlements::settlement)
                .list();
    }

    private static Settlement settlement(ResultSet rs, int row) throws SQLException {
        return new Settlement(
                rs.getObject("id", UUID.class),
                new CampaignId(rs.getObject("campaign_id", UUID.class)),
                SourceKind.valueOf(rs.getString("source_kind")),
                rs.getObject("source_date", LocalDate.class),
                rs.getString("source_reference"),
                rs.getLong("gross_cents"),
                rs.getLong("costs_cents"),
                rs.getLong("fee_cents"),
                rs.getLong("net_cents"),
                rs.getBoolean("minors_need_court_approval"),
                rs.getObject("court_approved_at", LocalDate.class),
                rs.getString("court_approval_reference"),
                MinorAccountRule.valueOf(rs.getString("minor_account_rule")),
                rs.getObject("entered_by", UUID.class),
                rs.getObject("entered_at", OffsetDateTime.class),
                rs.getObject("approved_by", UUID.class),
                rs.getObject("approved_at", OffsetDateTime.class));
    }
}
