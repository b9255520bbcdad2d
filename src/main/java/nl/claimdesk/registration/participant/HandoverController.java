package nl.claimdesk.registration.participant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import nl.claimdesk.identity.AccountId;
import nl.claimdesk.identity.OneTimeTokens;
import nl.claimdesk.identity.ParticipantSessions;
import nl.claimdesk.identity.TokenPurpose;
import nl.claimdesk.identity.TokenState;
import nl.claimdesk.registration.mail.LinkPaths;
import nl.claimdesk.registration.view.HandoverView;
import nl.claimdesk.shared.Language;
import nl.claimdesk.web.FormErrors;
import nl.claimdesk.web.Page;
import nl.claimdesk.web.PageFactory;
import nl.claimdesk.web.SitePaths;
import nl.claimdesk.web.Texts;
import nl.claimdesk.web.Views;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The young adult's side of a hand-over: the invitation link opens a page that explains what taking over means;
 * only the button (a POST) takes over, logs them in and opens their own Mijn dossier.
 */
@Controller
class HandoverController {

    private final Handovers handovers;
    private final OneTimeTokens tokens;
    private final ParticipantSessions sessions;
    private final PageFactory pages;

    HandoverController(Handovers handovers, OneTimeTokens tokens, ParticipantSessions sessions, PageFactory pages) {
        this.handovers = handovers;
        this.tokens = tokens;
        this.sessions = sessions;
        this.pages = pages;
    }

    @GetMapping({"/nl/overdracht/{token}", "/en/take-over/{token}"})
    ModelAndView open(Language language, @PathVariable String token) {
        return page(language, token, FormErrors.none());
    }

    @PostMapping({"/nl/overdracht/{token}", "/en/take-over/{token}"})
    Object takeOver(
            Language language,
            @PathVariable String token,
            @RequestParam(defaultValue = "") String privacy,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (!"yes".equals(privacy)) {
            return page(
                    language,
                    token,
                    FormErrors.none().add("privacy", pages.texts(language).get("form.privacy.missing")));
        }
        Optional<AccountId> youngAdult = handovers.accept(token, language, request.getRemoteAddr());
        if (youngAdult.isEmpty()) {
            return page(language, token, FormErrors.none());
        }
        sessions.logIn(youngAdult.get(), TokenPurpose.HAND_OVER, request, response);
        return "redirect:/dossier";
    }

    private ModelAndView page(Language language, String token, FormErrors errors) {
        Texts t = pages.texts(language);
        TokenState state = tokens.state(token, TokenPurpose.HAND_OVER);
        Page page = pages.page(
                language, t.get("handover." + state.name() + ".title"), other -> LinkPaths.handover(other, token));
        // A used invitation moved the file already: the young adult now gets in with a login link.
        HandoverView view = state == TokenState.USED
                ? new HandoverView(
                        state.name(),
                        LinkPaths.handover(language, token),
                        SitePaths.logIn(language),
                        "loginLink.newLink",
                        errors)
                : new HandoverView(
                        state.name(),
                        LinkPaths.handover(language, token),
                        SitePaths.home(language),
                        "error.home",
                        errors);
        return Views.render("registration/handover", page, view);
    }
}
