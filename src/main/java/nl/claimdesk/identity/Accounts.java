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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Participants' accounts: one per email address, compared case-insensitively. */
@Component
public class Accounts {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Accounts(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
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

    /** Replaces the account's address with a confirmed new one. */
    public void changeEmail(AccountId id, EmailAddress email) {
        jdbc.sql("update account set email = ?, email_normalised = ? where id = ?")
                .params(email.value(), email.normalised(), id.value())
                .update();
        events.publishEvent(new AccountEmailChanged(id, email));
    }

    /** What is stored about the account itself, for the data export (never a token or its hash). */
    public AccountRecord export(AccountId id) {
        Account account = find(id).orElseThrow();
        OffsetDateTime created = jdbc.sql("select created_at from account where id = ?")
                .param(id.value())
                .query(OffsetDateTime.class)
                .single();
        var links = jdbc.sql("""
                        select purpose, created_at, expires_at, used_at from one_time_token where account_id = ?
                        order by created_at""")
                .param(id.value())
                .query((rs, row) -> new AccountRecord.Link(
                        rs.getString("purpose"),
                        rs.getObject("created_at", OffsetDateTime.class),
                        rs.getObject("expires_at", OffsetDateTime.class),
                        rs.getObject("used_at", OffsetDateTime.class)))
                .list();
        var changes = jdbc.sql(
                        "select new_email, created_at, confirmed_at from email_change where account_id = ? order by created_at")
                .param(id.value())
                .query((rs, row) -> new AccountRecord.EmailChange(
                        rs.getString("new_email"),
                        rs.getObject("created_at", OffsetDateTime.class),
                        rs.getObject("confirmed_at", OffsetDateTime.class)))
                .list();
        return new AccountRecord(
                account.email().value(), account.language().code(), created, account.emailVerifiedAt(), links, changes);
    }

    /**
     * Erases the account on its owner's request. When records about it must be kept (accepted agreements), only
     * the address goes, replaced by one that reaches nobody; otherwise the account goes entirely.
     */
    public void erase(AccountId id, boolean keepShell) {
        jdbc.sql("delete from one_time_token where account_id = ?")
                .param(id.value())
                .update();
        jdbc.sql("delete from email_change where account_id = ?")
                .param(id.value())
                .update();
        if (keepShell) {
            String nowhere = "erased-" + id.value() + "@invalid";
            jdbc.sql("update account set email = ?, email_normalised = ? where id = ?")
                    .params(nowhere, nowhere, id.value())
                    .update();
            events.publishEvent(new AccountEmailChanged(id, new EmailAddress(nowhere, nowhere)));
        } else {
            jdbc.sql("delete from account where id = ?").param(id.value()).update();
        }
    }

    private static Account account(ResultSet rs, int row) throws SQLException {
        return new Account(
                new AccountId(rs.getObject("id", UUID.class)),
                new EmailAddress(rs.getString("email"), rs.getString("email_normalised")),
                Language.fromCode(rs.getString("language")).orElse(Language.DEFAULT),
                rs.getObject("email_verified_at", OffsetDateTime.class));
    }
}
