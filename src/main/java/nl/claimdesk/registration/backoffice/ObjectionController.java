package nl.claimdesk.registration.backoffice;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.claimdesk.registration.FilePaths;
import nl.claimdesk.registration.RegistrationFile;
import nl.claimdesk.registration.internal.ChangedBy;
import nl.claimdesk.registration.internal.Objections;
import nl.claimdesk.registration.view.StaffFormView;
import nl.claimdesk.web.FormErrors;
import nl.claimdesk.web.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * A case handler records the other parent's objection to a child's registration (art. 1:253i BW), which freezes the
 * child's record, and later resolves it; both with a reason (docs/adr/0048).
 */
@Controller
class ObjectionController {

    private static final String PATH = FilePaths.FILE + "/claimants/{claimant}/objection";

    private final StaffForms forms;
    private final Objections objections;

    ObjectionController(StaffForms forms, Objections objections) {
        this.forms = forms;
        this.objections = objections;
    }

    @GetMapping(PATH)
    ModelAndView form(@PathVariable UUID registration, @PathVariable UUID claimant) {
        return child(registration, claimant)
                .map(file -> page(file, claimant, "", FormErrors.none()))
                .orElseGet(forms::notFound);
    }

    /** Records or resolves, whichever the page offered: it sends the state it asks for, so a repeat changes nothing. */
    @PostMapping(PATH)
    Object change(
            @PathVariable UUID registration,
            @PathVariable UUID claimant,
            @RequestParam(defaultValue = "") String frozen,
            @Valid @ModelAttribute StaffReason reason,
            BindingResult boundReason,
            HttpServletRequest request) {
        Optional<RegistrationFile> file = child(registration, claimant);
        if (file.isEmpty()) {
            return forms.notFound();
        }
        FormErrors errors = forms.checkReason(boundReason, FormErrors.none());
        if (!errors.isEmpty()) {
            return page(file.get(), claimant, reason.reason(), errors);
        }
        ChangedBy by = StaffForms.staff(request, reason);
        boolean freeze = "yes".equals(frozen);
        if (freeze) {
            objections.record(registration, claimant, by);
        } else {
            objections.resolve(registration, claimant, by);
        }
        return StaffForms.done(registration, freeze ? "objection" : "resolved");
    }

    private Optional<RegistrationFile> child(UUID registration, UUID claimant) {
        return forms.file(registration)
                .filter(file -> file.claimant(claimant)
                        .filter(found -> found.child() && found.active())
                        .isPresent());
    }

    private ModelAndView page(RegistrationFile file, UUID claimant, String reason, FormErrors errors) {
        Texts t = forms.t();
        RegistrationFile.Claimant child = file.claimant(claimant).orElseThrow();
        String mode = child.details().frozen() ? "resolve" : "record";
        return forms.render(forms.form(
                file,
                t.get("objection." + mode + ".title", child.name()),
                List.of(t.get("objection." + mode + ".intro")),
                "/claimants/" + claimant + "/objection",
                List.of(new StaffFormView.Hidden("frozen", child.details().frozen() ? "no" : "yes")),
                reason,
                t.get("objection." + mode + ".submit"),
                errors));
    }
}
