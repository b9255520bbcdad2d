package nl.claimdesk.identity.participant;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.audit.AuditLog;
import nl.claimdesk.email.MailPriority;
import nl.claimdesk.email.Outbox;
import nl.claimdesk.email.OutgoingMail;
import nl.claimdesk.email.UndeliverableAddresses;
import nl.claimdesk.identity.Account;
import nl.claimdesk.identity.AccountId;
import nl.claimdesk.identity.Accounts;
import nl.claimdesk.identity.OneTimeTokens;
import nl.claimdesk.identity.TokenGrant;
import nl.claimdesk.identity.TokenPurpose;
import nl.claimdesk.shared.EmailAddress;
import nl.claimdesk.shared.Ids;
import nl.claimdesk.shared.Language;
import nl.claimdesk.web.PageFactory;
import nl.claimdesk.web.SitePaths;
import nl.claimdesk.web.SiteUrls;
import nl.claimdesk.web.Texts;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing the account's email address: the new address gets a link and only takes effect once it is confirmed;
 * then the old address is told, so a change nobody asked for does not go unnoticed, and every link sent before
 * (to the old address, or on its authority) stops working. Following the link proves that mail reaches the new
 * address, so a mark that says it is undeliverable goes.
 */
@Component
class EmailChanges {

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final OneTimeTokens tokens;
    private final Outbox outbox;
    private final UndeliverableAddresses undeliverable;
    private final AuditLog audit;
    private final PageFactory pages;
    private final SiteUrls urls;
    private final Clock clock;

    EmailChanges(
            JdbcClient jdbc,
            Accounts accounts,
            OneTimeTokens tokens,
            Outbox outbox,
            UndeliverableAddresses undeliverable,
            AuditLog audit,
            PageFactory pages,
            SiteUrls urls,
            Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.tokens = tokens;
        this.outbox = outbox;
        this.undeliverable = undeliverable;
        this.audit = audit;
        this.pages = pages;
        this.urls = urls;
        this.clock = clock;
    }

    @Transactional
    void request(Account account, EmailAddress newEmail, Language language, @Nullable String ip) {
        UUID change = Ids.newId();
        jdbc.sql("insert into email_change (id, account_id, new_email, created_at) values (?, ?, ?, ?)")
                .params(change, account.id().value(), newEmail.value(), OffsetDateTime.now(clock))
                .update();
        String token = tokens.issue(account.id(), TokenPurpose.CHANGE_EMAIL, change);
        Texts t = pages.texts(language);
        mail(
                "identity.email-change",
                newEmail,
                account,
                language,
                t.get("mail.emailChange.subject"),
                List.of(
                        t.get("mail.emailChange.body", newEmail.value()),
                        t.get(
                                "mail.verify.lifetime",
                                TokenPurpose.CHANGE_EMAIL.lifetime().toHours())),
                new OutgoingMail.Button(
                        t.get("mail.emailChange.button"),
                        urls.absolute(EmailChangeController.linkPath(language, token))));
        audit.record(
                Actor.participant(account.id()), ip, "account.email-change-requested", "account", account.id(), null);
    }

    /** Uses the link: the new address replaces the old one, which is told. Empty when the link is not valid. */
    @Transactional
    Optional<AccountId> confirm(String token, Language language, @Nullable String ip) {
        Optional<TokenGrant> grant = tokens.consume(token, TokenPurpose.CHANGE_EMAIL);
        if (grant.isEmpty() || grant.get().subject() == null) {
            return Optional.empty();
        }
        Account account = accounts.find(grant.get().account()).orElseThrow();
        String newAddress = jdbc.sql("select new_email from email_change where id = ? and confirmed_at is null")
                .param(grant.get().subject())
                .query(String.class)
                .optional()
                .orElse(null);
        EmailAddress newEmail =
                newAddress == null ? null : EmailAddress.parse(newAddress).orElse(null);
        if (newEmail == null || accounts.find(newEmail).isPresent()) {
            return Optional.empty();
        }
        jdbc.sql("update email_change set confirmed_at = ? where id = ?")
                .params(OffsetDateTime.now(clock), grant.get().subject())
                .update();
        accounts.changeEmail(account.id(), newEmail);
        undeliverable.clear(newEmail.value());
        tokens.revokeAll(account.id());
        Texts t = pages.texts(language);
        mail(
                "identity.email-changed",
                account.email(),
                account,
                language,
                t.get("mail.emailChanged.subject"),
                List.of(t.get("mail.emailChanged.body", newEmail.value()), t.get("mail.emailChanged.notYou")),
                null);
        audit.recordPersonal(
                Actor.participant(account.id()),
                ip,
                "account.email-changed",
                "account",
                account.id().value(),
                "before=" + account.email().value() + "; after=" + newEmail.value());
        return Optional.of(account.id());
    }

    private void mail(
            String kind,
            EmailAddress to,
            Account account,
            Language language,
            String subject,
            List<String> paragraphs,
            OutgoingMail.@Nullable Button button) {
        Texts t = pages.texts(language);
        outbox.enqueue(new OutgoingMail(
                kind,
                MailPriority.TRANSACTIONAL,
                to,
                account.id().value(),
                language,
                subject,
                t.get("mail.greeting"),
                paragraphs,
                button,
                List.of(t.get("mail.signature")),
                new OutgoingMail.Footer(t.get("site.name"), urls.absolute(SitePaths.home(language)))));
    }
}
