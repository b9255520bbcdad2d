package nl.claimdesk.payout.internal.run;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.audit.AuditLog;
import nl.claimdesk.payout.internal.bank.BankAccounts;
import nl.claimdesk.payout.internal.sepa.CreditTransfer;
import nl.claimdesk.payout.internal.sepa.Pain001Writer;
import nl.claimdesk.registration.PayoutEligibleClaimants;
import nl.claimdesk.shared.Ids;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Payment runs: one FINANCE member gathers a settlement's payable shares into a run ({@link #create}), another
 * (FINANCE or ADMIN) approves it, and then its pain.001 files can be downloaded. The files are written from the run's
 * rows at approval, their SHA-256 kept; every download writes them again and is refused if a single byte differs (ADR
 * 0046).
 */
@Component
public class PaymentRuns {

    /**
     * Rows fetched at a time by the query that writes a file: PostgreSQL otherwise reads every row into memory before
     * the first one is used; it streams only inside a transaction, which the query runs in.
     */
    static final int FETCH_SIZE = 5_000;

    /** Shares of the allocation per slice, so that each insert stays far below the statement timeout (ADR 0060). */
    static final int SLICE = 25_000;

    private static final UUID FIRST = new UUID(0, 0);

    /** "xxxxxxxx-xxxx-xxxx-xxxx-": the time, version, variant and random bits of a time-ordered id. */
    private static final int ID_PREFIX_LENGTH = 24;

    private final JdbcClient jdbc;
    private final TransactionTemplate readOnly;
    private final BankAccounts accounts;
    private final AuditLog audit;
    private final PaymentRunSettings settings;
    private final Clock clock;
    private final int slice;

    @Autowired
    PaymentRuns(
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            BankAccounts accounts,
            AuditLog audit,
            PaymentRunSettings settings,
            Clock clock) {
        this(jdbc, transactions, accounts, audit, settings, clock, SLICE);
    }

    /** With slices of {@code slice} shares: tests cut a handful of shares into several. */
    PaymentRuns(
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            BankAccounts accounts,
            AuditLog audit,
            PaymentRunSettings settings,
            Clock clock,
            int slice) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.accounts = accounts;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
        this.slice = slice;
    }

    /** A run as the back office lists it. */
    public record Run(
            UUID id,
            UUID settlement,
            UUID createdBy,
            OffsetDateTime createdAt,
            @Nullable UUID approvedBy,
            @Nullable OffsetDateTime approvedAt,
            int payments,
            long totalCents) {

        public boolean approved() {
            return approvedAt != null;
        }
    }

    /** One file of an approved run. */
    public record PaymentFile(
            int number,
            String messageId,
            String paymentInfoId,
            int transactions,
            long controlSumCents,
            String sha256) {}

    /** Why an approval was refused. */
    public enum Refusal {
        SAME_PERSON,
        ALREADY_APPROVED
    }

    /**
     * Gathers every payable share of the settlement into a new run; empty when nothing is payable. A share is payable
     * when its allocation is published and in force, the settlement approved, the claimant's bank account confirmed
     * and not held by a failed name check, a minor's share only once the court approved (when the settlement needs
     * that), the claimant has no live payment of the settlement under any allocation version (ADR 0051; the database's
     * key on the settlement and the claimant says the same), and the claimant is still eligible now (registration's
     * {@link PayoutEligibleClaimants}: not withdrawn, opted out or frozen since the allocation was published).
     *
     * <p>The database writes the payments, a slice of the allocation's shares (by claimant id) per {@code insert …
     * select}. The slices' bounds, every {@code slice}-th share in claimant id order, come from one pass over the
     * allocation's shares first: a look-up per slice met shares published moments before, whose statistics PostgreSQL
     * did not have yet, and sorted every share left for each bound (ADR 0061). The payment's id is made in the
     * insert, its EndToEndId from it ({@link #endToEndId}), and its file number from its place in claimant id order,
     * counted on from the payments of the slices before. Two runs created at once
     * cannot both take a share: the second fails on the unique key and takes nothing. Nothing per payment passes
     * through the heap.
     */
    @Transactional
    public Optional<UUID> create(UUID settlement, UUID staff, @Nullable String ip) {
        Optional<CurrentAllocation> current = jdbc.sql("""
                        select a.id, t.campaign_id from allocation a join settlement t on t.id = a.settlement_id
                        where a.settlement_id = ? and a.published_at is not null and a.superseded_at is null
                          and t.approved_at is not null""")
                .param(settlement)
                .query((rs, n) -> new CurrentAllocation(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .optional();
        if (current.isEmpty()) {
            return Optional.empty();
        }
        UUID run = Ids.newId();
        jdbc.sql("insert into payment_run (id, settlement_id, created_by, created_at) values (?, ?, ?, ?)")
                .params(run, settlement, staff, OffsetDateTime.now(clock))
                .update();
        String idPrefix = Ids.newId().toString().substring(0, ID_PREFIX_LENGTH);
        List<UUID> bounds = jdbc.sql("""
                        select claimant_id from (select claimant_id, row_number() over (order by claimant_id) as n
                                                 from allocation_share where allocation_id = ?) s
                        where mod(n, ?) = 0 order by claimant_id""")
                .params(current.get().id(), slice)
                .query(UUID.class)
                .list();
        long count = 0;
        UUID after = FIRST;
        for (int i = 0; i <= bounds.size(); i++) {
            boolean bounded = i < bounds.size();
            JdbcClient.StatementSpec insert = jdbc.sql(payments(bounded))
                    .param("run", run)
                    .param("settlement", settlement)
                    .param("allocation", current.get().id())
                    .param("campaign", current.get().campaign())
                    .param("after", after)
                    .param("before", count)
                    .param("idPrefix", idPrefix)
                    .param("perFile", settings.maxTransactionsPerFile());
            if (bounded) {
                insert = insert.param("upTo", bounds.get(i));
                after = bounds.get(i);
            }
            count += insert.update();
        }
        if (count == 0) {
            jdbc.sql("delete from payment_run where id = ?").param(run).update();
            return Optional.empty();
        }
        audit.record(
                Actor.staff(staff),
                ip,
                "payment-run.created",
                "payment-run",
                run,
                "settlement=" + settlement + "; payments=" + count);
        return Optional.of(run);
    }

    private record CurrentAllocation(UUID id, UUID campaign) {}

    /**
     * The insert of one slice's payments: the payable shares of {@code :allocation} with claimant ids after {@code
     * :after} (and, when {@code bounded}, up to {@code :upTo}), {@code :before} payments already written by the slices
     * before. The id is made in a sub-query, so that the EndToEndId is made from the very same id: the run's
     * {@code :idPrefix} (the first four groups of a new time-ordered id) and the payment's number in the run, in
     * decimal digits. A run's payments so take ascending ids in claimant order, and the inserts append to the primary
     * key and the EndToEndId's index instead of touching a random page of each per payment (ADR 0061).
     */
    private static String payments(boolean bounded) {
        return """
                insert into payment (id, run_id, settlement_id, allocation_id, claimant_id, bank_account_id,
                    amount_cents, end_to_end_id, file_number, state, live)
                select cast(x.id as uuid), :run, :settlement, :allocation, x.claimant_id, x.bank_account_id,
                    x.amount_cents, 'CD' || replace(x.id, '-', ''), (:before + x.n - 1) / :perFile + 1,
                    'IN_FLIGHT', true
                from (select :idPrefix || lpad(cast(:before + row_number() over (order by p.claimant_id)
                                 as varchar(12)), 12, '0') as id,
                          p.claimant_id, p.bank_account_id, p.amount_cents,
                          row_number() over (order by p.claimant_id) as n
                      from (select s.claimant_id, s.amount_cents, b.id as bank_account_id
                            from allocation_share s
                            join settlement t on t.id = :settlement
                            join bank_account b on b.claimant_id = s.claimant_id and b.state = 'CONFIRMED'
                            join (%s) e on e.claimant_id = s.claimant_id
                            where s.allocation_id = :allocation and s.claimant_id > :after%s
                              and (b.name_check is null or b.name_check <> 'NO_MATCH'
                                   or b.name_check_resolved_at is not null)
                              and (s.minor = false or t.minors_need_court_approval = false
                                   or t.court_approved_at is not null)
                              and not exists (select 1 from payment q where q.settlement_id = :settlement
                                              and q.claimant_id = s.claimant_id and q.live = true)) p) x""".formatted(PayoutEligibleClaimants.inRange(bounded), bounded ? " and s.claimant_id <= :upTo" : "");
    }

    /** Approves a run and records its files' SHA-256; refused for the member who created it. */
    @Transactional
    public Optional<Refusal> approve(UUID run, UUID staff, @Nullable String ip) {
        Run found = find(run).orElseThrow();
        if (found.approved()) {
            return Optional.of(Refusal.ALREADY_APPROVED);
        }
        if (found.createdBy().equals(staff)) {
            return Optional.of(Refusal.SAME_PERSON);
        }
        List<FileTotals> files = jdbc.sql("""
                        select file_number, count(*), sum(amount_cents) from payment where run_id = ?
                        group by file_number order by file_number""")
                .param(run)
                .query((rs, n) -> new FileTotals(rs.getInt(1), rs.getInt(2), rs.getLong(3)))
                .list();
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                        update payment_run set approved_by = ?, approved_at = ?, execution_date = ?, payments = ?,
                            total_cents = ?
                        where id = ?""")
                .params(
                        staff,
                        now,
                        now.toLocalDate().plusDays(settings.executionDays()),
                        files.stream().mapToInt(FileTotals::count).sum(),
                        files.stream().mapToLong(FileTotals::sum).sum(),
                        run)
                .update();
        for (FileTotals file : files) {
            UUID messageId = Ids.newId();
            UUID paymentInfoId = Ids.newId();
            jdbc.sql("""
                            insert into payment_file (run_id, file_number, message_id, payment_info_id, transactions,
                                control_sum_cents, sha256)
                            values (?, ?, ?, ?, ?, ?, '')""")
                    .params(
                            run,
                            file.number(),
                            "M" + hex(messageId),
                            "P" + hex(paymentInfoId),
                            file.count(),
                            file.sum())
                    .update();
            String sha256 = write(run, file.number(), OutputStream.nullOutputStream());
            jdbc.sql("update payment_file set sha256 = ? where run_id = ? and file_number = ?")
                    .params(sha256, run, file.number())
                    .update();
        }
        audit.record(Actor.staff(staff), ip, "payment-run.approved", "payment-run", run, "files=" + files.size());
        return Optional.empty();
    }

    /**
     * Writes a file of an approved run to {@code out}, after checking that it is byte for byte the file approved: it
     * is written to a temporary file first, whose SHA-256 must be the recorded one. The first download is recorded.
     */
    public void download(UUID run, int number, UUID staff, @Nullable String ip, OutputStream out) {
        PaymentFile file = file(run, number).orElseThrow();
        Path temporary = null;
        try {
            temporary = Files.createTempFile("pain001-", ".xml");
            try (OutputStream written = Files.newOutputStream(temporary)) {
                String sha256 = readOnly.execute(status -> write(run, number, written));
                if (!sha256.equals(file.sha256())) {
                    throw new IllegalStateException("Payment file " + number + " of run " + run
                            + " would differ from the one approved; it is not handed out");
                }
            }
            audit.record(
                    Actor.staff(staff),
                    ip,
                    "payment-run.downloaded",
                    "payment-run",
                    run,
                    "file=" + number + "; sha256=" + file.sha256());
            jdbc.sql("update payment_run set first_downloaded_at = ? where id = ? and first_downloaded_at is null")
                    .params(OffsetDateTime.now(clock), run)
                    .update();
            Files.copy(temporary, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the operating system's temporary directory is cleared in time
                }
            }
        }
    }

    public Optional<Run> find(UUID run) {
        return jdbc.sql(RUNS + " where r.id = ?")
                .param(run)
                .query(PaymentRuns::run)
                .optional();
    }

    public List<Run> recent(int limit) {
        return jdbc.sql(RUNS + " order by r.created_at desc limit ?")
                .param(limit)
                .query(PaymentRuns::run)
                .list();
    }

    /** An approved settlement a run can be made for. */
    public record Settlement(UUID id, String reference, LocalDate date) {}

    public List<Settlement> approvedSettlements() {
        return jdbc.sql("select id, source_reference, source_date from settlement where approved_at is not null"
                        + " order by source_date desc, id")
                .query((rs, n) ->
                        new Settlement(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, LocalDate.class)))
                .list();
    }

    public List<PaymentFile> files(UUID run) {
        return jdbc.sql(FILES + " where run_id = ? order by file_number")
                .param(run)
                .query(PaymentRuns::paymentFile)
                .list();
    }

    private Optional<PaymentFile> file(UUID run, int number) {
        return jdbc.sql(FILES + " where run_id = ? and file_number = ? and sha256 <> ''")
                .params(run, number)
                .query(PaymentRuns::paymentFile)
                .optional();
    }

    /** An approved run's totals are kept (V66); one waiting for approval is counted. */
    private static final String RUNS = """
            select r.id, r.settlement_id, r.created_by, r.created_at, r.approved_by, r.approved_at,
                coalesce(r.payments, (select count(*) from payment p where p.run_id = r.id)),
                coalesce(r.total_cents, (select coalesce(sum(p.amount_cents), 0) from payment p where p.run_id = r.id))
            from payment_run r""";

    private static final String FILES = "select file_number, message_id, payment_info_id, transactions,"
            + " control_sum_cents, sha256 from payment_file";

    /** Writes one file of the run to {@code out}, a payment at a time; returns the SHA-256 of what was written. */
    private String write(UUID run, int number, OutputStream out) {
        PaymentFile file = jdbc.sql(FILES + " where run_id = ? and file_number = ?")
                .params(run, number)
                .query(PaymentRuns::paymentFile)
                .single();
        RunHeader header = jdbc.sql("""
                        select r.approved_at, r.execution_date, t.source_reference from payment_run r
                        join settlement t on t.id = r.settlement_id where r.id = ?""")
                .param(run)
                .query((rs, n) -> new RunHeader(
                        rs.getObject(1, OffsetDateTime.class), rs.getObject(2, LocalDate.class), rs.getString(3)))
                .single();
        MessageDigest sha256 = sha256();
        DigestOutputStream digesting = new DigestOutputStream(out, sha256);
        Pain001Writer writer = Pain001Writer.start(
                digesting,
                new Pain001Writer.Header(
                        file.messageId(),
                        file.paymentInfoId(),
                        header.approvedAt()
                                .atZoneSameInstant(clock.getZone())
                                .toLocalDateTime()
                                .withNano(0),
                        header.executionDate(),
                        file.transactions(),
                        file.controlSumCents(),
                        settings.debtorName(),
                        settings.debtorIban(),
                        settings.debtorBic()));
        String remittance = "Vergoeding " + header.reference();
        jdbc.sql("""
                        select p.end_to_end_id, p.amount_cents, b.id, b.iban_sealed, b.key_id, b.holder_name
                        from payment p join bank_account b on b.id = p.bank_account_id
                        where p.run_id = ? and p.file_number = ? order by p.end_to_end_id""").withFetchSize(FETCH_SIZE).params(run, number).query((RowCallbackHandler) rs ->
                writer.add(new CreditTransfer(
                        rs.getString(1),
                        rs.getLong(2),
                        rs.getString(6),
                        accounts.open(rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5))
                                .electronic(),
                        remittance)));
        writer.finish();
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** The payment's own id without dashes: 34 characters, unique for ever (and the database's unique key says so). */
    static String endToEndId(UUID payment) {
        return "CD" + hex(payment);
    }

    private static String hex(UUID id) {
        return id.toString().replace("-", "");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private record FileTotals(int number, int count, long sum) {}

    private record RunHeader(OffsetDateTime approvedAt, LocalDate executionDate, String reference) {}

    private static Run run(ResultSet rs, int rowNumber) throws SQLException {
        return new Run(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getObject(3, UUID.class),
                rs.getObject(4, OffsetDateTime.class),
                rs.getObject(5, UUID.class),
                rs.getObject(6, OffsetDateTime.class),
                rs.getInt(7),
                rs.getLong(8));
    }

    private static PaymentFile paymentFile(ResultSet rs, int rowNumber) throws SQLException {
        return new PaymentFile(
                rs.getInt(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getLong(5), rs.getString(6));
    }
}
