package nl.claimdesk.news.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.UUID;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.audit.AuditLog;
import nl.claimdesk.email.MailPreferences;
import nl.claimdesk.news.internal.UnsubscribePaths;
import nl.claimdesk.news.internal.UnsubscribeTokens;
import nl.claimdesk.news.view.UnsubscribeView;
import nl.claimdesk.shared.Language;
import nl.claimdesk.web.Page;
import nl.claimdesk.web.PageFactory;
import nl.claimdesk.web.Texts;
import nl.claimdesk.web.Views;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The unsubscribe link of a news mail. The page says what unsubscribing does (news updates stop; the claim and its
 * mails are not touched) and has a button; a POST, from that button or from the mail program's one-click
 * unsubscribe (RFC 8058), turns news off. Doing it twice changes nothing; a token that is not ours is refused with
 * a page that says so.
 */
@Controller
class UnsubscribeController {

    private final PageFactory pages;
    private final UnsubscribeTokens tokens;
    private final MailPreferences preferences;
    private final AuditLog audit;

    UnsubscribeController(PageFactory pages, UnsubscribeTokens tokens, MailPreferences preferences, AuditLog audit) {
        this.pages = pages;
        this.tokens = tokens;
        this.preferences = preferences;
        this.audit = audit;
    }

    @GetMapping({UnsubscribePaths.NL + "{token}", UnsubscribePaths.EN + "{token}"})
    ModelAndView page(Language language, @PathVariable String token) {
        Optional<UUID> account = tokens.account(token);
        if (account.isEmpty()) {
            return refused(language, token);
        }
        boolean off = !preferences.wantsNews(account.get());
        return render(language, token, off ? "done" : "ask", HttpStatus.OK);
    }

    @PostMapping({UnsubscribePaths.NL + "{token}", UnsubscribePaths.EN + "{token}"})
    @Transactional
    ModelAndView unsubscribe(Language language, @PathVariable String token, HttpServletRequest request) {
        Optional<UUID> account = tokens.account(token);
        if (account.isEmpty()) {
            return refused(language, token);
        }
        if (preferences.wantsNews(account.get())) {
            preferences.setNews(account.get(), false);
            audit.record(
                    Actor.participant(account.get()),
                    request.getRemoteAddr(),
                    "news.unsubscribed",
                    "account",
                    account.get(),
                    "one-click unsubscribe link");
        }
        return render(language, token, "done", HttpStatus.OK);
    }

    private ModelAndView refused(Language language, String token) {
        return render(language, token, "refused", HttpStatus.NOT_FOUND);
    }

    private ModelAndView render(Language language, String token, String state, HttpStatus status) {
        Texts t = pages.texts(language);
        String title = t.get("news.unsubscribe." + state + ".title");
        Page page = pages.page(language, title, other -> UnsubscribePaths.of(other, token));
        return Views.render(
                "news/unsubscribe",
                page,
                new UnsubscribeView(
                        title,
                        t.get("news.unsubscribe." + state + ".text"),
                        "ask".equals(state) ? UnsubscribePaths.of(language, token) : null),
                status);
    }
}
