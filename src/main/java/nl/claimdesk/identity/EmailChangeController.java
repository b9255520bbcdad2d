package nl.claimdesk.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import nl.claimdesk.identity.view.EmailChangeView;
import nl.claimdesk.shared.EmailAddress;
import nl.claimdesk.shared.Language;
import nl.claimdesk.web.FormErrors;
import nl.claimdesk.web.LinkView;
import nl.claimdesk.web.Page;
import nl.claimdesk.web.PageFactory;
import nl.claimdesk.web.Texts;
import nl.claimdesk.web.Views;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** Changing the email address from Mijn dossier, and the confirmation link sent to the new address. */
@Controller
class EmailChangeController {

    private final Participants participants;
    private final EmailChanges changes;
    private final OneTimeTokens tokens;
    private final PageFactory pages;

    EmailChangeController(Participants participants, EmailChanges changes, OneTimeTokens tokens, PageFactory pages) {
        this.participants = participants;
        this.changes = changes;
        this.tokens = tokens;
        this.pages = pages;
    }

    static String linkPath(Language language, String token) {
        return (language == Language.NL ? "/nl/email-bevestigen/" : "/en/confirm-email/") + token;
    }

    @GetMapping("/dossier/email")
    ModelAndView form(@RequestParam(required = false) String lang) {
        return page(participants.current(lang), "", FormErrors.none(), false);
    }

    @PostMapping("/dossier/email")
    ModelAndView request(@RequestParam(required = false) String lang, HttpServletRequest request) {
        Participants.Current participant = participants.current(lang);
        Texts t = pages.texts(participant.language());
        String typed = request.getParameter("email") == null ? "" : request.getParameter("email");
        Optional<EmailAddress> email = EmailAddress.parse(typed);
        if (email.isEmpty()) {
            return page(
                    participant,
                    typed,
                    FormErrors.none()
                            .add("email", t.get(typed.isBlank() ? "form.email.missing" : "form.email.invalid")),
                    false);
        }
        if (email.get().normalised().equals(participant.account().email().normalised())) {
            return page(participant, typed, FormErrors.none().add("email", t.get("emailChange.same")), false);
        }
        changes.request(participant.account(), email.get(), participant.language(), request.getRemoteAddr());
        return page(participant, email.get().value(), FormErrors.none(), true);
    }

    @GetMapping({"/nl/email-bevestigen/{token}", "/en/confirm-email/{token}"})
    ModelAndView open(Language language, @PathVariable String token) {
        return linkPage(language, token);
    }

    @PostMapping({"/nl/email-bevestigen/{token}", "/en/confirm-email/{token}"})
    Object confirm(Language language, @PathVariable String token, HttpServletRequest request) {
        try {
            if (changes.confirm(token, language, request.getRemoteAddr()).isEmpty()) {
                return linkPage(language, token);
            }
        } catch (DuplicateKeyException takenMeanwhile) {
            // Another account claimed the address at the same moment; the change is rolled back.
            return linkPage(language, token);
        }
        return "redirect:/dossier?done=email";
    }

    private ModelAndView page(Participants.Current participant, String email, FormErrors errors, boolean sent) {
        Texts t = pages.texts(participant.language());
        EmailChangeView view = new EmailChangeView(
                participant.account().email().value(),
                participant.link("/dossier/email"),
                participant.link("/dossier"),
                email,
                errors,
                sent);
        Page page = pages.page(
                participant.language(), t.get("emailChange.title"), other -> "/dossier/email?lang=" + other.code());
        return Views.render("identity/email-change", page, view);
    }

    private ModelAndView linkPage(Language language, String token) {
        Texts t = pages.texts(language);
        String state = tokens.state(token, TokenPurpose.CHANGE_EMAIL).name();
        Page page = pages.page(language, t.get("emailLink." + state + ".title"), other -> linkPath(other, token));
        return Views.render(
                "web/link", page, new LinkView("emailLink.", state, linkPath(language, token), "/dossier/email"));
    }
}
