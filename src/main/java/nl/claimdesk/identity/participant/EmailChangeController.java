package nl.claimdesk.identity.participant;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Optional;
import nl.claimdesk.identity.AccountId;
import nl.claimdesk.identity.LoginLinks;
import nl.claimdesk.identity.OneTimeTokens;
import nl.claimdesk.identity.ParticipantMailLimit;
import nl.claimdesk.identity.ParticipantSessions;
import nl.claimdesk.identity.Participants;
import nl.claimdesk.identity.TokenPurpose;
import nl.claimdesk.identity.internal.IdentitySettings;
import nl.claimdesk.identity.view.EmailChangeView;
import nl.claimdesk.infrastructure.SecurityEvent;
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
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Changing the email address from Mijn dossier, and the confirmation link sent to the new address. Only a
 * participant who logged in a short while ago may ask for a change: the login link went to the current address, so
 * a recent login is a fresh proof that the current address agrees. Anyone else is first offered such a link. Once
 * the change is confirmed, every other session of the account ends and every link sent before stops working.
 */
@Controller
class EmailChangeController {

    private static final String FORM = "/dossier/email";
    private static final String PROOF = "/dossier/email/proof";

    private final Participants participants;
    private final EmailChanges changes;
    private final OneTimeTokens tokens;
    private final ParticipantSessions sessions;
    private final LoginLinks loginLinks;
    private final ParticipantMailLimit mailLimit;
    private final PageFactory pages;
    private final Duration freshLogin;

    EmailChangeController(
            Participants participants,
            EmailChanges changes,
            OneTimeTokens tokens,
            ParticipantSessions sessions,
            LoginLinks loginLinks,
            ParticipantMailLimit mailLimit,
            PageFactory pages,
            IdentitySettings settings) {
        this.participants = participants;
        this.changes = changes;
        this.tokens = tokens;
        this.sessions = sessions;
        this.loginLinks = loginLinks;
        this.mailLimit = mailLimit;
        this.pages = pages;
        this.freshLogin = settings.emailChange().freshLogin();
    }

    static String linkPath(Language language, String token) {
        return (language == Language.NL ? "/nl/email-bevestigen/" : "/en/confirm-email/") + token;
    }

    @GetMapping(FORM)
    ModelAndView form(@RequestParam(required = false) String lang, HttpServletRequest request) {
        Participants.Current participant = participants.current(lang);
        if (!sessions.loggedInWithin(request, freshLogin)) {
            return page(participant, Step.NEEDS_PROOF, "", FormErrors.none());
        }
        return page(participant, Step.FORM, "", FormErrors.none());
    }

    @PostMapping(FORM)
    ModelAndView request(
            @RequestParam(required = false) String lang,
            @ModelAttribute EmailChangeForm form,
            HttpServletRequest request) {
        Participants.Current participant = participants.current(lang);
        if (!sessions.loggedInWithin(request, freshLogin)) {
            return page(participant, Step.NEEDS_PROOF, "", FormErrors.none());
        }
        Texts t = pages.texts(participant.language());
        String typed = form.email();
        Optional<EmailAddress> email = EmailAddress.parse(typed);
        if (email.isEmpty()) {
            return page(
                    participant,
                    Step.FORM,
                    typed,
                    FormErrors.none()
                            .add("email", t.get(typed.isBlank() ? "form.email.missing" : "form.email.invalid")));
        }
        if (email.get().normalised().equals(participant.account().email().normalised())) {
            return page(participant, Step.FORM, typed, FormErrors.none().add("email", t.get("emailChange.same")));
        }
        if (!mailLimit.allows(participant.id())) {
            return page(participant, Step.FORM, typed, tooManyMails("email", t));
        }
        changes.request(participant.account(), email.get(), participant.language(), request.getRemoteAddr());
        return page(participant, Step.SENT, email.get().value(), FormErrors.none());
    }

    /** Mails a login link to the current address; logging in with it is the proof a change needs. */
    @PostMapping(PROOF)
    ModelAndView sendProof(@RequestParam(required = false) String lang) {
        Participants.Current participant = participants.current(lang);
        if (!mailLimit.allows(participant.id())) {
            return page(participant, Step.NEEDS_PROOF, "", tooManyMails("proof", pages.texts(participant.language())));
        }
        loginLinks.send(participant.id(), participant.language());
        return page(participant, Step.PROOF_SENT, "", FormErrors.none());
    }

    @GetMapping({"/nl/email-bevestigen/{token}", "/en/confirm-email/{token}"})
    ModelAndView open(Language language, @PathVariable String token) {
        return linkPage(language, token);
    }

    @PostMapping({"/nl/email-bevestigen/{token}", "/en/confirm-email/{token}"})
    Object confirm(Language language, @PathVariable String token, HttpServletRequest request) {
        Optional<AccountId> changed;
        try {
            changed = changes.confirm(token, language, request.getRemoteAddr());
        } catch (DuplicateKeyException takenMeanwhile) {
            // Another account claimed the address at the same moment; the change is rolled back.
            return linkPage(language, token);
        }
        if (changed.isEmpty()) {
            return linkPage(language, token);
        }
        int ended = sessions.endOthers(changed.get(), request);
        SecurityEvent.PARTICIPANT_SESSIONS_ENDED.log("by", "email-change", "sessions", ended);
        return "redirect:/dossier?done=email";
    }

    private FormErrors tooManyMails(String field, Texts t) {
        return FormErrors.none().add(field, t.get("participantMail.limit", mailLimit.perDay()));
    }

    private enum Step {
        NEEDS_PROOF,
        PROOF_SENT,
        FORM,
        SENT
    }

    private ModelAndView page(Participants.Current participant, Step step, String email, FormErrors errors) {
        Texts t = pages.texts(participant.language());
        EmailChangeView view = new EmailChangeView(
                participant.account().email().value(),
                participant.link(FORM),
                participant.link(PROOF),
                participant.link("/dossier"),
                email,
                errors,
                step == Step.SENT,
                step == Step.NEEDS_PROOF,
                step == Step.PROOF_SENT,
                freshLogin.toMinutes());
        Page page =
                pages.page(participant.language(), t.get("emailChange.title"), other -> FORM + "?lang=" + other.code());
        return Views.render("identity/email-change", page, view);
    }

    private ModelAndView linkPage(Language language, String token) {
        Texts t = pages.texts(language);
        String state = tokens.state(token, TokenPurpose.CHANGE_EMAIL).name();
        Page page = pages.page(language, t.get("emailLink." + state + ".title"), other -> linkPath(other, token));
        return Views.render(
                "web/link",
                page,
                new LinkView("emailLink.", state, linkPath(language, token), FORM, "emailLink.newLink"));
    }
}
