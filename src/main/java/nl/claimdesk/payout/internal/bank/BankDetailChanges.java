package nl.claimdesk.payout.internal.bank;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.audit.AuditLog;
import nl.claimdesk.email.MailPriority;
import nl.claimdesk.email.Outbox;
import nl.claimdesk.email.OutgoingMail;
import nl.claimdesk.identity.Account;
import nl.claimdesk.identity.AccountId;
import nl.claimdesk.identity.Accounts;
import nl.claimdesk.identity.OneTimeTokens;
import nl.claimdesk.identity.TokenGrant;
import nl.claimdesk.identity.TokenPurpose;
import nl.claimdesk.payout.Iban;
import nl.claimdesk.shared.Language;
import nl.claimdesk.web.PageFactory;
import nl.claimdesk.web.SitePaths;
import nl.claimdesk.web.SiteUrls;
import nl.claimdesk.web.Texts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entering and confirming a claimant's bank account, and the staff's name checks: each step audited with the IBAN
 * masked. A new account only counts once the registrant confirms it with the link mailed to their address, so that
 * someone who took over a session cannot divert a payment without the mailbox too.
 */
@Component
public class BankDetailChanges {

    private final BankAccounts accounts;
    private final Accounts registrants;
    private final OneTimeTokens tokens;
    private final Outbox outbox;
    private final AuditLog audit;
    private final PageFactory pages;
    private final SiteUrls urls;

    BankDetailChanges(
            BankAccounts accounts,
            Accounts registrants,
            OneTimeTokens tokens,
            Outbox outbox,
            AuditLog audit,
            PageFactory pages,
            SiteUrls urls) {
        this.accounts = accounts;
        this.registrants = registrants;
        this.tokens = tokens;
        this.outbox = outbox;
        this.audit = audit;
        this.pages = pages;
        this.urls = urls;
    }

    /** The path of the confirmation link; the page behind it needs the registrant's login too. */
    public static String confirmationPath(String token) {
        return "/dossier/bank-details/confirm/" + token;
    }

    /** Stores the account unconfirmed and mails the registrant the link that confirms it. */
    @Transactional
    public void enter(
            Account registrant,
            Language language,
            UUID claimant,
            String claimantName,
            Iban iban,
            String holderName,
            AccountHolder holder,
            @Nullable String ip) {
        UUID id = accounts.enter(claimant, registrant.id().value(), iban, holderName, holder);
        String token = tokens.issue(registrant.id(), TokenPurpose.BANK_DETAILS, id);
        Texts t = pages.texts(language);
        mail(
                "payout.bank-details",
                registrant,
                language,
                t.get("mail.bankDetails.subject"),
                List.of(
                        t.get("mail.bankDetails.body", claimantName, iban.masked(), holderName),
                        t.get(
                                "mail.bankDetails.lifetime",
                                TokenPurpose.BANK_DETAILS.lifetime().toHours()),
                        t.get("mail.bankDetails.notYou")),
                new OutgoingMail.Button(t.get("mail.bankDetails.button"), urls.absolute(confirmationPath(token))));
        audit.recordPersonal(
                Actor.participant(registrant.id()),
                ip,
                "bank-account.entered",
                "claimant",
                claimant,
                "account=" + iban.masked() + "; holder=" + holder + "; name=" + holderName);
    }

    /**
     * Stores a confirmed account at once, without the mail and its link: only for the demo's participant, whose
     * demo content has nobody to open the mail. Audited like an account the registrant entered and confirmed.
     */
    @Transactional
    public BankAccount enterConfirmedForDemo(
            UUID registrant, UUID claimant, Iban iban, String holderName, AccountHolder holder) {
        UUID id = accounts.enter(claimant, registrant, iban, holderName, holder);
        accounts.confirm(id);
        audit.record(
                Actor.system("demo-content"),
                null,
                "bank-account.confirmed",
                "claimant",
                claimant,
                "account=" + iban.masked() + "; holder=" + holder);
        return accounts.find(id).orElseThrow();
    }

    /** Uses the link: the account it names becomes the claimant's. Empty when the link is not good for them. */
    @Transactional
    public Optional<BankAccount> confirm(Account registrant, String token, @Nullable String ip) {
        Optional<TokenGrant> grant = tokens.consume(token, TokenPurpose.BANK_DETAILS);
        if (grant.isEmpty()
                || grant.get().subject() == null
                || !grant.get().account().equals(registrant.id())) {
            return Optional.empty();
        }
        UUID id = grant.get().subject();
        if (!accounts.confirm(id)) {
            return Optional.empty();
        }
        BankAccount confirmed = accounts.find(id).orElseThrow();
        audit.record(
                Actor.participant(registrant.id()),
                ip,
                "bank-account.confirmed",
                "claimant",
                confirmed.claimant(),
                "account=" + confirmed.masked());
        return Optional.of(confirmed);
    }

    /** Records the bank's verification of payee for an account. */
    @Transactional
    public void recordNameCheck(BankAccount account, NameCheck result, UUID staff, String reason, @Nullable String ip) {
        accounts.recordNameCheck(account.id(), result, staff);
        audit.record(
                Actor.staff(staff),
                ip,
                "bank-account.name-checked",
                "claimant",
                account.claimant(),
                "account=" + account.masked() + "; result=" + result + "; reason=" + reason);
    }

    /** Releases an account whose name did not match; false when there was nothing to resolve. */
    @Transactional
    public boolean resolveNameCheck(BankAccount account, UUID staff, String reason, @Nullable String ip) {
        if (!accounts.resolveNameCheck(account.id(), staff)) {
            return false;
        }
        audit.record(
                Actor.staff(staff),
                ip,
                "bank-account.name-check-resolved",
                "claimant",
                account.claimant(),
                "account=" + account.masked() + "; reason=" + reason);
        return true;
    }

    /**
     * A payment into the account failed (rejected or returned): the account is marked as needing new details and the
     * registrant is asked, once, for another one. False when the account was no longer the claimant's.
     */
    @Transactional
    public boolean askForNewDetails(UUID bankAccount, String reason) {
        if (!accounts.needsNew(bankAccount)) {
            return false;
        }
        BankAccount account = accounts.find(bankAccount).orElseThrow();
        Account registrant =
                registrants.find(new AccountId(account.enteredBy())).orElseThrow();
        Texts t = pages.texts(registrant.language());
        mail(
                "payout.bank-details-needed",
                registrant,
                registrant.language(),
                t.get("mail.bankDetailsNeeded.subject"),
                List.of(t.get("mail.bankDetailsNeeded.body", account.masked())),
                new OutgoingMail.Button(
                        t.get("mail.bankDetailsNeeded.button"), urls.absolute("/dossier/bank-details")));
        audit.record(
                Actor.system("reconciliation"),
                null,
                "bank-account.needs-new",
                "claimant",
                account.claimant(),
                "account=" + account.masked() + "; reason=" + reason);
        return true;
    }

    private void mail(
            String kind,
            Account registrant,
            Language language,
            String subject,
            List<String> paragraphs,
            OutgoingMail.Button button) {
        Texts t = pages.texts(language);
        outbox.enqueue(new OutgoingMail(
                kind,
                MailPriority.TRANSACTIONAL,
                registrant.email(),
                registrant.id().value(),
                language,
                subject,
                t.get("mail.greeting"),
                paragraphs,
                button,
                List.of(t.get("mail.signature")),
                new OutgoingMail.Footer(t.get("site.name"), urls.absolute(SitePaths.home(language)))));
    }
}
