package nl.claimdesk.identity;

import java.util.List;
import java.util.Optional;
import nl.claimdesk.email.MailPriority;
import nl.claimdesk.email.Outbox;
import nl.claimdesk.email.OutgoingMail;
import nl.claimdesk.shared.EmailAddress;
import nl.claimdesk.shared.Language;
import nl.claimdesk.web.PageFactory;
import nl.claimdesk.web.SitePaths;
import nl.claimdesk.web.SiteUrls;
import nl.claimdesk.web.Texts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mails a login link to an address, if it belongs to an account (unknown addresses get nothing), or, for the back
 * office, to a known account.
 */
@Component
public class LoginLinks {

    private final Accounts accounts;
    private final OneTimeTokens tokens;
    private final Outbox outbox;
    private final PageFactory pages;
    private final SiteUrls urls;

    LoginLinks(Accounts accounts, OneTimeTokens tokens, Outbox outbox, PageFactory pages, SiteUrls urls) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.outbox = outbox;
        this.pages = pages;
        this.urls = urls;
    }

    @Transactional
    public void sendIfKnown(EmailAddress email, Language language) {
        accounts.find(email).ifPresent(account -> send(account, language));
    }

    /** Mails a login link to the account, in the caller's transaction; false when there is no such account. */
    @Transactional
    public boolean send(AccountId id, Language language) {
        Optional<Account> account = accounts.find(id);
        account.ifPresent(found -> send(found, language));
        return account.isPresent();
    }

    private void send(Account account, Language language) {
        String token = tokens.issue(account.id(), TokenPurpose.LOG_IN, null);
        Texts t = pages.texts(language);
        long minutes = TokenPurpose.LOG_IN.lifetime().toMinutes();
        outbox.enqueue(new OutgoingMail(
                "identity.login",
                MailPriority.TRANSACTIONAL,
                account.email(),
                account.id().value(),
                language,
                t.get("mail.login.subject"),
                t.get("mail.greeting"),
                List.of(t.get("mail.login.body"), t.get("mail.login.lifetime", minutes)),
                new OutgoingMail.Button(t.get("mail.login.button"), urls.absolute(linkPath(language, token))),
                List.of(t.get("mail.login.notYou"), t.get("mail.signature")),
                new OutgoingMail.Footer(t.get("site.name"), urls.absolute(SitePaths.home(language)))));
    }

    /** Where a login link leads: the login page with the token as its last segment. */
    public static String linkPath(Language language, String token) {
        return SitePaths.logIn(language) + "/" + token;
    }
}
