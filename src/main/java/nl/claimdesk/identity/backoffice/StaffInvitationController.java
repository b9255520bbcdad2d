package nl.claimdesk.identity.backoffice;

import java.util.Optional;
import nl.claimdesk.identity.TokenState;
import nl.claimdesk.identity.view.InvitationView;
import nl.claimdesk.web.FormErrors;
import nl.claimdesk.web.Texts;
import nl.claimdesk.web.Views;
import nl.claimdesk.web.backoffice.BackofficePage;
import nl.claimdesk.web.backoffice.BackofficePages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The invitation link: opening it shows the password form (it changes nothing); submitting sets the password. */
@Controller
class StaffInvitationController {

    private final StaffInvitations invitations;
    private final BackofficePages pages;

    StaffInvitationController(StaffInvitations invitations, BackofficePages pages) {
        this.invitations = invitations;
        this.pages = pages;
    }

    @GetMapping(StaffInvitations.PATH + "{token}")
    ModelAndView form(@PathVariable String token) {
        boolean usable = invitations.state(token) == TokenState.VALID;
        return page(token, usable, FormErrors.none(), usable ? HttpStatus.OK : HttpStatus.GONE);
    }

    @PostMapping(StaffInvitations.PATH + "{token}")
    Object choosePassword(
            @PathVariable String token,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String repeated) {
        Texts t = pages.texts();
        if (invitations.state(token) != TokenState.VALID) {
            return page(token, false, FormErrors.none(), HttpStatus.GONE);
        }
        if (!password.equals(repeated)) {
            return page(
                    token,
                    true,
                    FormErrors.none().add("repeated", t.get("staff.invitation.different")),
                    HttpStatus.UNPROCESSABLE_CONTENT);
        }
        Optional<String> problem = invitations.accept(token, password);
        if (problem.isPresent()) {
            boolean usable = !problem.get().equals("staff.invitation.unusable");
            return page(
                    token,
                    usable,
                    FormErrors.none().add("password", t.get(problem.get())),
                    usable ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.GONE);
        }
        return "redirect:" + BackofficeSecurity.LOGIN + "?passwordSet";
    }

    private ModelAndView page(String token, boolean usable, FormErrors errors, HttpStatus status) {
        Texts t = pages.texts();
        BackofficePage page =
                pages.anonymousPage(t.get(usable ? "staff.invitation.title" : "staff.invitation.unusable"));
        return Views.render(
                "identity/backoffice/invitation",
                page,
                new InvitationView(StaffInvitations.PATH + token, usable, errors),
                status);
    }
}
