package nl.claimdesk.registration.signup;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Duration;
import java.util.Optional;
import nl.claimdesk.identity.AccountId;
import nl.claimdesk.identity.OneTimeTokens;
import nl.claimdesk.identity.ParticipantSessions;
import nl.claimdesk.identity.TokenPurpose;
import nl.claimdesk.identity.TokenState;
import nl.claimdesk.infrastructure.AnswerPadding;
import nl.claimdesk.infrastructure.MailRequestLimits;
import nl.claimdesk.infrastructure.RateLimiter;
import nl.claimdesk.registration.internal.RegistrationSettings;
import nl.claimdesk.registration.mail.LinkPaths;
import nl.claimdesk.registration.view.NewLinkView;
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
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The confirmation link of a sign-up. Opening it shows a button; only pressing the button (a POST) confirms, so a
 * mail scanner that follows links confirms nothing. Confirming logs the person in and opens Mijn dossier. A lost
 * or expired link can be replaced: the answer is the same whether the address is known or not, and whether it is
 * over its limit (then without a mail) or not; a flood from one network address gets a 429 page (docs/adr/0025).
 */
@Controller
class VerificationController {

    private final Verifications verifications;
    private final OneTimeTokens tokens;
    private final ParticipantSessions sessions;
    private final PageFactory pages;
    private final MailRequestLimits limits;
    private final AnswerPadding padding;
    private final TaskExecutor background;
    private final RateLimiter.Limit perIp;
    private final RateLimiter.Limit perAddress;

    VerificationController(
            Verifications verifications,
            OneTimeTokens tokens,
            ParticipantSessions sessions,
            PageFactory pages,
            MailRequestLimits limits,
            AnswerPadding padding,
            @Qualifier("applicationTaskExecutor") TaskExecutor background,
            RegistrationSettings settings) {
        this.verifications = verifications;
        this.tokens = tokens;
        this.sessions = sessions;
        this.pages = pages;
        this.limits = limits;
        this.padding = padding;
        this.background = background;
        this.perIp = new RateLimiter.Limit("resend-ip", settings.rateLimits().resendPerIp(), Duration.ofMinutes(15));
        this.perAddress =
                new RateLimiter.Limit("resend-address", settings.rateLimits().resendPerAddress(), Duration.ofHours(1));
    }

    @GetMapping({"/nl/bevestigen/{token}", "/en/confirm/{token}"})
    ModelAndView open(Language language, @PathVariable String token) {
        return linkPage(language, token);
    }

    @PostMapping({"/nl/bevestigen/{token}", "/en/confirm/{token}"})
    Object confirm(
            Language language, @PathVariable String token, HttpServletRequest request, HttpServletResponse response) {
        Optional<AccountId> account = verifications.confirm(token);
        if (account.isEmpty()) {
            return linkPage(language, token);
        }
        sessions.logIn(account.get(), TokenPurpose.VERIFY_REGISTRATION, request, response);
        return "redirect:/dossier";
    }

    @GetMapping({"/nl/bevestigen", "/en/confirm"})
    ModelAndView newLinkForm(Language language) {
        return newLinkPage(language, "", FormErrors.none());
    }

    @PostMapping({"/nl/bevestigen", "/en/confirm"})
    Object sendNewLink(
            Language language,
            @Valid @ModelAttribute NewLinkForm form,
            BindingResult bound,
            HttpServletRequest request) {
        long started = System.nanoTime();
        Texts t = pages.texts(language);
        Optional<EmailAddress> email = EmailAddress.parse(form.email());
        if (bound.hasErrors() || email.isEmpty()) {
            return newLinkPage(language, form.email(), FormErrors.of(bound, t));
        }
        limits.refuseFlood(perIp, request.getRemoteAddr());
        if (limits.allowsMail(perAddress, email.get().normalised())) {
            background.execute(() -> verifications.resend(email.get()));
        }
        Page page = pages.page(language, t.get("confirm.resent.title"), LinkPaths::confirmationRequest);
        return padding.noSoonerThan(
                started, Views.render("registration/resent", page, email.get().value()));
    }

    private ModelAndView linkPage(Language language, String token) {
        Texts t = pages.texts(language);
        TokenState state = tokens.state(token, TokenPurpose.VERIFY_REGISTRATION);
        Page page = pages.page(
                language, t.get("confirmLink." + state.name() + ".title"), lang -> LinkPaths.confirmationRequest(lang));
        // A used link confirmed the sign-up already: what the person needs now is a way to log in.
        LinkView view = state == TokenState.USED
                ? new LinkView(
                        "confirmLink.",
                        state.name(),
                        LinkPaths.confirmation(language, token),
                        SitePaths.logIn(language),
                        "loginLink.newLink")
                : new LinkView(
                        "confirmLink.",
                        state.name(),
                        LinkPaths.confirmation(language, token),
                        LinkPaths.confirmationRequest(language),
                        "confirmLink.newLink");
        return Views.render("web/link", page, view);
    }

    private ModelAndView newLinkPage(Language language, String email, FormErrors errors) {
        Texts t = pages.texts(language);
        Page page = pages.page(language, t.get("confirm.request.title"), LinkPaths::confirmationRequest);
        return Views.render(
                "registration/new-link", page, new NewLinkView(LinkPaths.confirmationRequest(language), email, errors));
    }
}
