package nl.claimdesk.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import nl.claimdesk.shared.EmailAddress;
import nl.claimdesk.shared.Ids;
import nl.claimdesk.shared.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Participants' accounts: one per email address, compared case-insensitively. */
@Component
public class Accounts {

    private final JdbcClient jdbc;
    private final Clock clock;

    Accounts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<Account> find(EmailAddress email) {
        return jdbc.sql("select * from account where email_normalised = ?")
                .param(email.normalised())
                .query(Accounts::account)
                .optional();
    }

    public Optional<Account> find(AccountId id) {
        return jdbc.sql("select * from account where id = ?")
                .param(id.value())
                .query(Accounts::account)
                .optional();
    }

    /** Opens an account in the current transaction; the caller has checked that the address has none. */
    public AccountId open(EmailAddress email, Language language) {
        AccountId id = new AccountId(Ids.newId());
        jdbc.sql("insert into account (id, email, email_normalised, language, created_at) values (?, ?, ?, ?, ?)")
                .params(id.value(), email.value(), email.normalised(), language.code(), OffsetDateTime.now(clock))
                .update();
        return id;
    }

    /** Records that the person proved they receive mail at the account's address (first proof counts). */
    public void markEmailVerified(AccountId id) {
        jdbc.sql("update account set email_verified_at = ? where id = ? and email_verified_at is null")
                .params(OffsetDateTime.now(clock), id.value())
                .update();
    }

    private static Account account(ResultSet rs, int row) throws SQLException {
        return new Account(
                new AccountId(rs.getObject("id", UUID.class)),
                new EmailAddress(rs.getString("email"), rs.getString("email_normalised")),
                Language.fromCode(rs.getString("language")).orElse(Language.DEFAULT),
                rs.getObject("email_verified_at", OffsetDateTime.class));
    }
}
