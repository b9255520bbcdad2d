package nl.claimdesk.identity.backoffice;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.claimdesk.email.MailPriority;
import nl.claimdesk.email.Outbox;
import nl.claimdesk.email.OutgoingMail;
import nl.claimdesk.identity.OneTimeTokens;
import nl.claimdesk.identity.StoredToken;
import nl.claimdesk.identity.TokenState;
import nl.claimdesk.shared.EmailAddress;
import nl.claimdesk.shared.Language;
import nl.claimdesk.shared.StaffRole;
import nl.claimdesk.web.PageFactory;
import nl.claimdesk.web.SitePaths;
import nl.claimdesk.web.SiteUrls;
import nl.claimdesk.web.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff join by invitation: an account without a password is created, and a link (valid for three days, used once)
 * lets the invitee choose their password; the second factor is enrolled at the first login. Resetting a member's
 * login sends a new invitation the same way.
 */
@Component
class StaffInvitations {

    static final Duration LIFETIME = Duration.ofDays(3);
    static final String PATH = "/backoffice/invitation/";

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final PageFactory pages;
    private final SiteUrls urls;
    private final StaffPasswordPolicy policy;
    private final StaffPasswordHasher hasher;
    private final Clock clock;

    StaffInvitations(
            JdbcClient jdbc,
            Outbox outbox,
            PageFactory pages,
            SiteUrls urls,
            StaffPasswordPolicy policy,
            StaffPasswordHasher hasher,
            Clock clock) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.pages = pages;
        this.urls = urls;
        this.policy = policy;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** Creates the account and mails the invitation; empty when the address already has an account. */
    @Transactional
    Optional<UUID> invite(String name, EmailAddress email, Set<StaffRole> roles) {
        boolean taken = jdbc.sql("select count(*) from staff_account where email_normalised = ?")
                        .param(email.normalised())
                        .query(Integer.class)
                        .single()
                > 0;
        if (taken) {
            return Optional.empty();
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into staff_account (id, email, email_normalised, name, roles, active, created_at)
                        values (?, ?, ?, ?, ?, true, ?)""")
                .params(
                        id,
                        email.value(),
                        email.normalised(),
                        name,
                        StaffAccounts.stored(roles),
                        OffsetDateTime.now(clock))
                .update();
        sendInvitation(id, name, email);
        return Optional.of(id);
    }

    /**
     * Takes away the member's password and second factor and mails a new invitation: for a lost phone with lost
     * recovery codes, or an invitation that expired. Earlier invitations stop working.
     */
    @Transactional
    void resetLogin(UUID id) {
        jdbc.sql("""
                        update staff_account set password_hash = null, totp_secret = null, totp_key_id = null,
                            totp_last_step = null, enrolled_at = null, second_factor_failures = 0,
                            second_factor_wait_until = null
                        where id = ?""").param(id).update();
        jdbc.sql("delete from staff_recovery_code where staff_id = ?").param(id).update();
        jdbc.sql("select name, email from staff_account where id = ?")
                .param(id)
                .query((rs, row) -> new Invitee(
                        rs.getString("name"),
                        EmailAddress.parse(rs.getString("email")).orElseThrow()))
                .optional()
                .ifPresent(invitee -> sendInvitation(id, invitee.name(), invitee.email()));
    }

    private void sendInvitation(UUID id, String name, EmailAddress email) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("update staff_invitation set used_at = ? where staff_id = ? and used_at is null")
                .params(now, id)
                .update();
        String token = OneTimeTokens.newToken();
        jdbc.sql("""
                        insert into staff_invitation (token_hash, staff_id, created_at, expires_at)
                        values (?, ?, ?, ?)""")
                .params(OneTimeTokens.hash(token), id, now, now.plus(LIFETIME))
                .update();
        Texts t = pages.texts(Language.NL);
        outbox.enqueue(new OutgoingMail(
                "staff.invitation",
                MailPriority.TRANSACTIONAL,
                email,
                null,
                Language.NL,
                t.get("staff.invitation.mail.subject"),
                t.get("staff.invitation.mail.greeting", name),
                List.of(
                        t.get("staff.invitation.mail.body"),
                        t.get("staff.invitation.mail.lifetime", LIFETIME.toDays())),
                new OutgoingMail.Button(t.get("staff.invitation.mail.button"), urls.absolute(PATH + token)),
                List.of(t.get("staff.invitation.mail.notYou")),
                new OutgoingMail.Footer(t.get("backoffice.name"), urls.absolute(SitePaths.home(Language.NL)))));
    }

    TokenState state(String token) {
        Optional<StoredToken> stored = jdbc.sql("select used_at, expires_at from staff_invitation where token_hash = ?")
                .param(OneTimeTokens.hash(token))
                .query((rs, row) -> new StoredToken(
                        rs.getObject("used_at", OffsetDateTime.class),
                        null,
                        rs.getObject("expires_at", OffsetDateTime.class)))
                .optional();
        return StoredToken.stateOf(stored, OffsetDateTime.now(clock));
    }

    /**
     * Sets the password chosen through a valid invitation. Returns the message key of what is wrong with the
     * password, or of why the link no longer works; empty when the password is set.
     */
    @Transactional
    Optional<String> accept(String token, String password) {
        Optional<String> problem = policy.problem(password);
        if (problem.isPresent()) {
            return problem;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        String hash = OneTimeTokens.hash(token);
        int used = jdbc.sql("""
                        update staff_invitation set used_at = ?
                        where token_hash = ? and used_at is null and expires_at > ?""").params(now, hash, now).update();
        if (used != 1) {
            return Optional.of("staff.invitation.unusable");
        }
        jdbc.sql("""
                        update staff_account set password_hash = ?
                        where id = (select staff_id from staff_invitation where token_hash = ?)""").params(hasher.hash(password), hash).update();
        return Optional.empty();
    }

    private record Invitee(String name, EmailAddress email) {}
}
