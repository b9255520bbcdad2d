package nl.claimdesk.payout.internal.bank;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.claimdesk.payout.Iban;
import nl.claimdesk.shared.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The bank accounts claimants are paid into (table {@code bank_account}). The IBAN goes in sealed and comes out only
 * through {@link #open}, for the payment file; everything else reads the masked form.
 */
@Component
public class BankAccounts {

    private static final String COLUMNS = "id, claimant_id, account_id, iban_country, iban_length, iban_last_four,"
            + " holder_name, holder, state, entered_at, confirmed_at, name_check, name_check_resolved_at";

    private final JdbcClient jdbc;
    private final IbanCipher cipher;
    private final Clock clock;

    BankAccounts(JdbcClient jdbc, IbanCipher cipher, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** Stores a new, unconfirmed account for the claimant; an earlier one still waiting for confirmation lapses. */
    UUID enter(UUID claimant, UUID enteredBy, Iban iban, String holderName, AccountHolder holder) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql(
                        "update bank_account set state = 'REPLACED', ended_at = ? where claimant_id = ? and state = 'UNCONFIRMED'")
                .params(now, claimant)
                .update();
        UUID id = Ids.newId();
        IbanCipher.Sealed sealed = cipher.seal(id, iban);
        jdbc.sql("""
                        insert into bank_account (id, claimant_id, account_id, iban_sealed, key_id, iban_country,
                            iban_length, iban_last_four, holder_name, holder, state, entered_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'UNCONFIRMED', ?)""")
                .params(
                        id,
                        claimant,
                        enteredBy,
                        sealed.value(),
                        sealed.keyId(),
                        iban.country(),
                        iban.electronic().length(),
                        iban.lastFour(),
                        holderName,
                        holder.name(),
                        now)
                .update();
        return id;
    }

    /** Makes a waiting account the claimant's account; false when it no longer waits (lapsed or confirmed). */
    boolean confirm(UUID id) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<BankAccount> waiting = find(id).filter(account -> account.state() == BankAccount.State.UNCONFIRMED);
        if (waiting.isEmpty()) {
            return false;
        }
        jdbc.sql("""
                        update bank_account set state = 'REPLACED', ended_at = ?
                        where claimant_id = ? and state in ('CONFIRMED', 'NEEDS_NEW')""").params(now, waiting.get().claimant()).update();
        return jdbc.sql(
                                "update bank_account set state = 'CONFIRMED', confirmed_at = ? where id = ? and state = 'UNCONFIRMED'")
                        .params(now, id)
                        .update()
                == 1;
    }

    public Optional<BankAccount> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from bank_account where id = ?")
                .param(id)
                .query(BankAccounts::row)
                .optional();
    }

    /** The claimants' accounts that are not replaced: at most one in force and one waiting each, oldest first. */
    public List<BankAccount> current(Collection<UUID> claimants) {
        if (claimants.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS
                        + " from bank_account where claimant_id in (:claimants) and state <> 'REPLACED'"
                        + " order by entered_at")
                .param("claimants", claimants)
                .query(BankAccounts::row)
                .list();
    }

    /** Accounts in force with a name check to do or to resolve, oldest first, for the back office. */
    public List<BankAccount> toCheck(int limit) {
        return jdbc.sql("select " + COLUMNS + " from bank_account where state = 'CONFIRMED'"
                        + " and (name_check is null or (name_check = 'NO_MATCH' and name_check_resolved_at is null))"
                        + " order by confirmed_at limit :limit")
                .param("limit", limit)
                .query(BankAccounts::row)
                .list();
    }

    void recordNameCheck(UUID id, NameCheck result, UUID staff) {
        jdbc.sql("""
                        update bank_account set name_check = ?, name_checked_by = ?, name_checked_at = ?,
                            name_check_resolved_by = null, name_check_resolved_at = null
                        where id = ?""")
                .params(result.name(), staff, OffsetDateTime.now(clock), id)
                .update();
    }

    /** Marks a confirmed account as needing new details; false when it was not the claimant's confirmed one. */
    boolean needsNew(UUID id) {
        return jdbc.sql("update bank_account set state = 'NEEDS_NEW' where id = ? and state = 'CONFIRMED'")
                        .param(id)
                        .update()
                == 1;
    }

    /** Lets an account whose name did not match be paid after all: a case handler checked it another way. */
    boolean resolveNameCheck(UUID id, UUID staff) {
        return jdbc.sql("""
                                update bank_account set name_check_resolved_by = ?, name_check_resolved_at = ?
                                where id = ? and name_check = 'NO_MATCH' and name_check_resolved_at is null""").params(staff, OffsetDateTime.now(clock), id).update() == 1;
    }

    /** The IBAN of a row read together with its sealed value: only for the payment file. */
    public Iban open(UUID id, String sealed, String keyId) {
        return cipher.open(id, new IbanCipher.Sealed(sealed, keyId));
    }

    private static BankAccount row(ResultSet rs, int rowNumber) throws SQLException {
        String nameCheck = rs.getString("name_check");
        return new BankAccount(
                rs.getObject("id", UUID.class),
                rs.getObject("claimant_id", UUID.class),
                rs.getObject("account_id", UUID.class),
                rs.getString("iban_country"),
                rs.getInt("iban_length"),
                rs.getString("iban_last_four"),
                rs.getString("holder_name"),
                AccountHolder.valueOf(rs.getString("holder")),
                BankAccount.State.valueOf(rs.getString("state")),
                rs.getObject("entered_at", OffsetDateTime.class),
                rs.getObject("confirmed_at", OffsetDateTime.class),
                nameCheck == null ? null : NameCheck.valueOf(nameCheck),
                rs.getObject("name_check_resolved_at", OffsetDateTime.class));
    }
}
