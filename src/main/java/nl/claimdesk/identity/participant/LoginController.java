package nl.claimdesk.identity.participant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Optional;
import nl.claimdesk.identity.Accounts;
import nl.claimdesk.identity.LoginLinks;
import nl.claimdesk.identity.OneTimeTokens;
import nl.claimdesk.identity.ParticipantSessions;
import nl.claimdesk.identity.TokenGrant;
import nl.claimdesk.identity.TokenPurpose;
import nl.claimdesk.identity.TokenState;
import nl.claimdesk.identity.internal.IdentitySettings;
import nl.claimdesk.identity.view.LogInView;
import nl.claimdesk.infrastructure.AnswerPadding;
import nl.claimdesk.infrastructure.MailRequestLimits;
import nl.claimdesk.infrastructure.RateLimiter;
import nl.claimdesk.shared.EmailAddress;
import nl.claimdesk.shared.Language;
import nl.claimdesk.web.FormErrors;
import nl.claimdesk.web.LinkView;
import nl.claimdesk.web.Page;
import nl.claimdesk.web.PageFactory;
import nl.claimdesk.web.SitePaths;
import nl.claimdesk.web.Texts;
import nl.claimdesk.web.Views;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Logging in with a one-time link. Asking for a link gets the same page, at the same speed, whether the address
 * has an account or not: the lookup and the mail happen on another thread, and the answer waits for a fixed time so
 * that this work cannot slow it down for known addresses only. An address over its limit gets that page too, without
 * a mail; a flood from one network address gets a 429 page (docs/adr/0025).
 */
@Controller
class LoginController {

    private final PageFactory pages;
    private final MailRequestLimits limits;
    private final AnswerPadding padding;
    private final LoginLinks links;
    private final OneTimeTokens tokens;
    private final Accounts accounts;
    private final ParticipantSessions sessions;
    private final TaskExecutor background;
    private final RateLimiter.Limit perAddress;
    private final RateLimiter.Limit perIp;

    LoginController(
            PageFactory pages,
            MailRequestLimits limits,
            AnswerPadding padding,
            LoginLinks links,
            OneTimeTokens tokens,
            Accounts accounts,
            ParticipantSessions sessions,
            @Qualifier("applicationTaskExecutor") TaskExecutor background,
            IdentitySettings settings) {
        this.pages = pages;
        this.limits = limits;
        this.padding = padding;
        this.links = links;
        this.tokens = tokens;
        this.accounts = accounts;
        this.sessions = sessions;
        this.background = background;
        this.perAddress =
                new RateLimiter.Limit("login-address", settings.rateLimits().loginPerAddress(), Duration.ofMinutes(15));
        this.perIp = new RateLimiter.Limit("login-ip", settings.rateLimits().loginPerIp(), Duration.ofMinutes(15));
    }

    @GetMapping({"/nl/inloggen", "/en/log-in"})
    ModelAndView form(Language language) {
        return form(language, "", FormErrors.none());
    }

    @PostMapping({"/nl/inloggen", "/en/log-in"})
    Object requestLink(Language language, @RequestParam(defaultValue = "") String email, HttpServletRequest request) {
        long started = System.nanoTime();
        Texts t = pages.texts(language);
        Optional<EmailAddress> address = EmailAddress.parse(email);
        if (address.isEmpty()) {
            String problem = email.isBlank() ? "form.email.missing" : "form.email.invalid";
            return form(language, email, FormErrors.none().add("email", t.get(problem)));
        }
        limits.refuseFlood(perIp, request.getRemoteAddr());
        if (limits.allowsMail(perAddress, address.get().normalised())) {
            background.execute(() -> links.sendIfKnown(address.get(), language));
        }
        Page page = pages.page(language, t.get("login.sent.title"), SitePaths::logIn);
        return padding.noSoonerThan(
                started, Views.render("identity/sent", page, address.get().value()));
    }

    @GetMapping({"/nl/inloggen/{token}", "/en/log-in/{token}"})
    ModelAndView openLink(Language language, @PathVariable String token) {
        return linkPage(language, token, tokens.state(token, TokenPurpose.LOG_IN));
    }

    @PostMapping({"/nl/inloggen/{token}", "/en/log-in/{token}"})
    Object useLink(
            Language language, @PathVariable String token, HttpServletRequest request, HttpServletResponse response) {
        Optional<TokenGrant> grant = tokens.consume(token, TokenPurpose.LOG_IN);
        if (grant.isEmpty()) {
            return linkPage(language, token, tokens.state(token, TokenPurpose.LOG_IN));
        }
        accounts.markEmailVerified(grant.get().account());
        sessions.logIn(grant.get().account(), TokenPurpose.LOG_IN, request, response);
        return "redirect:/dossier";
    }

    private ModelAndView linkPage(Language language, String token, TokenState state) {
        Texts t = pages.texts(language);
        Page page = pages.page(language, t.get("loginLink." + state.name() + ".title"), SitePaths::logIn);
        LinkView view = new LinkView(
                "loginLink.",
                state.name(),
                LoginLinks.linkPath(language, token),
                SitePaths.logIn(language),
                "loginLink.newLink");
        return Views.render("web/link", page, view);
    }

    private ModelAndView form(Language language, String email, FormErrors errors) {
        Texts t = pages.texts(language);
        Page page = pages.page(language, t.get("login.title"), SitePaths::logIn);
        return Views.render("identity/login", page, new LogInView(SitePaths.logIn(language), email, errors));
    }
}
