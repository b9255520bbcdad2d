package nl.claimdesk.payout.internal.reconciliation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    private static final int ACCEPTED_PER_UPDATE = 1_000;

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
        Statuses statuses = new Statuses();
        BankReportReader.Kind kind;
        try (InputStream in = file.get()) {
            kind = BankReportReader.read(in, statuses::apply);
            statuses.flushAccepted();
        } catch (XMLStreamException notAReport) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        UUID report = Ids.newId();
        jdbc.sql("""
                        insert into bank_report (id, sha256, kind, imported_by, imported_at, matched, unmatched)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        report,
                        sha256,
                        kind.name(),
                        staff,
                        OffsetDateTime.now(clock),
                        statuses.matched,
                        statuses.unmatched)
                .update();
        audit.record(
                Actor.staff(staff),
                ip,
                "bank-report.imported",
                "bank-report",
                report,
                "kind=" + kind + "; sha256=" + sha256 + "; matched=" + statuses.matched + "; unmatched="
                        + statuses.unmatched);
        return Optional.of(new Result(kind, statuses.matched, statuses.unmatched, false));
    }

    /**
     * Applies a report's statuses in their order. Acceptances, nearly all of a report, are gathered and applied
     * {@value #ACCEPTED_PER_UPDATE} at a time; a rejection or return first applies the acceptances before it.
     */
    private final class Statuses {

        private final List<String> accepted = new ArrayList<>();
        private int matched;
        private int unmatched;

        void apply(PaymentStatus status) {
            if (status.outcome() == PaymentStatus.Outcome.ACCEPTED) {
                accepted.add(status.endToEndId());
                if (accepted.size() == ACCEPTED_PER_UPDATE) {
                    flushAccepted();
                }
                return;
            }
            flushAccepted();
            if (fail(status)) {
                matched++;
            } else {
                unmatched++;
            }
        }

        void flushAccepted() {
            if (accepted.isEmpty()) {
                return;
            }
            String ids = String.join(", ", Collections.nCopies(accepted.size(), "?"));
            Set<String> known =
                    new HashSet<>(jdbc.sql("select end_to_end_id from payment where end_to_end_id in (" + ids + ")")
                            .params(accepted)
                            .query(String.class)
                            .list());
            List<Object> update = new ArrayList<>();
            update.add(OffsetDateTime.now(clock));
            update.addAll(accepted);
            jdbc.sql("update payment set state = 'ACCEPTED', reported_at = ? where state = 'IN_FLIGHT'"
                            + " and end_to_end_id in (" + ids + ")")
                    .params(update)
                    .update();
            for (String id : accepted) {
                if (known.contains(id)) {
                    matched++;
                } else {
                    unmatched++;
                }
            }
            accepted.clear();
        }
    }

    /** Applies a rejection or a return; false when no payment has its EndToEndId. */
    private boolean fail(PaymentStatus status) {
        Optional<UUID> bankAccount = jdbc.sql("select bank_account_id from payment where end_to_end_id = ?")
                .param(status.endToEndId())
                .query(UUID.class)
                .optional();
        if (bankAccount.isEmpty()) {
            return false;
        }
        String reason = status.reason() == null ? "" : status.reason();
        int failed = jdbc.sql("""
                        update payment set state = ?, live = null, reason_code = ?, reported_at = ?
                        where end_to_end_id = ? and state in ('IN_FLIGHT', 'ACCEPTED')""")
                .params(
                        status.outcome().name(),
                        reason.length() > 4 ? reason.substring(0, 4) : reason,
                        OffsetDateTime.now(clock),
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
