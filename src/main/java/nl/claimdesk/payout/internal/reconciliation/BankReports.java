package nl.claimdesk.payout.internal.reconciliation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javax.xml.stream.XMLStreamException;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.audit.AuditLog;
import nl.claimdesk.payout.internal.bank.BankDetailChanges;
import nl.claimdesk.shared.Ids;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the bank's reports, matched by EndToEndId: an accepted payment is marked so; a rejected or returned one
 * stops being live (so its share is payable again), keeps its reason code, and its bank account is marked as needing
 * new details with a mail to the registrant. A file already imported (same SHA-256) changes nothing, and a payment
 * already rejected or returned is not touched again.
 */
@Component
public class BankReports {

    private final JdbcClient jdbc;
    private final BankDetailChanges changes;
    private final AuditLog audit;
    private final Clock clock;

    BankReports(JdbcClient jdbc, BankDetailChanges changes, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.changes = changes;
        this.audit = audit;
        this.clock = clock;
    }

    /** The outcome of an import; {@code repeated} when the same file was imported before and nothing changed. */
    public record Result(BankReportReader.Kind kind, int matched, int unmatched, boolean repeated) {}

    /**
     * Imports a report read twice from {@code file}: once for its SHA-256, once to apply it. Empty when the file is
     * not a pain.002 or camt.054 document.
     */
    @Transactional
    public Optional<Result> importReport(Supplier<InputStream> file, UUID staff, @Nullable String ip) {
        String sha256 = sha256(file);
        Optional<Result> earlier = jdbc.sql("select kind, matched, unmatched from bank_report where sha256 = ?")
                .param(sha256)
                .query((rs, n) ->
                        new Result(BankReportReader.Kind.valueOf(rs.getString(1)), rs.getInt(2), rs.getInt(3), true))
                .optional();
        if (earlier.isPresent()) {
            return earlier;
        }
        int[] counts = new int[2];
        BankReportReader.Kind kind;
        try (InputStream in = file.get()) {
            kind = BankReportReader.read(in, status -> counts[apply(status) ? 0 : 1]++);
        } catch (XMLStreamException notAReport) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        UUID report = Ids.newId();
        jdbc.sql("""
                        insert into bank_report (id, sha256, kind, imported_by, imported_at, matched, unmatched)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(report, sha256, kind.name(), staff, OffsetDateTime.now(clock), counts[0], counts[1])
                .update();
        audit.record(
                Actor.staff(staff),
                ip,
                "bank-report.imported",
                "bank-report",
                report,
                "kind=" + kind + "; sha256=" + sha256 + "; matched=" + counts[0] + "; unmatched=" + counts[1]);
        return Optional.of(new Result(kind, counts[0], counts[1], false));
    }

    /** Applies one status; false when no payment has its EndToEndId. */
    private boolean apply(PaymentStatus status) {
        Optional<UUID> bankAccount = jdbc.sql("select bank_account_id from payment where end_to_end_id = ?")
                .param(status.endToEndId())
                .query(UUID.class)
                .optional();
        if (bankAccount.isEmpty()) {
            return false;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (status.outcome() == PaymentStatus.Outcome.ACCEPTED) {
            jdbc.sql("update payment set state = 'ACCEPTED', reported_at = ? where end_to_end_id = ?"
                            + " and state = 'IN_FLIGHT'")
                    .params(now, status.endToEndId())
                    .update();
            return true;
        }
        String reason = status.reason() == null ? "" : status.reason();
        int failed = jdbc.sql("""
                        update payment set state = ?, live = null, reason_code = ?, reported_at = ?
                        where end_to_end_id = ? and state in ('IN_FLIGHT', 'ACCEPTED')""")
                .params(
                        status.outcome().name(),
                        reason.length() > 4 ? reason.substring(0, 4) : reason,
                        now,
                        status.endToEndId())
                .update();
        if (failed == 1) {
            changes.askForNewDetails(bankAccount.get(), status.outcome() + " " + reason);
        }
        return true;
    }

    private static String sha256(Supplier<InputStream> file) {
        try (DigestInputStream in = new DigestInputStream(file.get(), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
