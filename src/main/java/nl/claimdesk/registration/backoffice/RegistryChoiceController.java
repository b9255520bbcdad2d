package nl.claimdesk.registration.backoffice;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.claimdesk.campaign.RegistryChoice;
import nl.claimdesk.registration.FilePaths;
import nl.claimdesk.registration.RegistrationFile;
import nl.claimdesk.registration.internal.registry.RegistryChoices;
import nl.claimdesk.registration.view.StaffFormView;
import nl.claimdesk.web.Choice;
import nl.claimdesk.web.FormErrors;
import nl.claimdesk.web.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * A case handler records on a claimant's file an opt-out or opt-in that the court's registry reported (docs/adr/0048).
 * It is not a withdrawal: the claimant stays a participant, and only their place in the class changes.
 */
@Controller
class RegistryChoiceController {

    private static final String PATH = FilePaths.FILE + "/claimants/{claimant}/registry";

    private final StaffForms forms;
    private final RegistryChoices choices;

    RegistryChoiceController(StaffForms forms, RegistryChoices choices) {
        this.forms = forms;
        this.choices = choices;
    }

    @GetMapping(PATH)
    ModelAndView form(@PathVariable UUID registration, @PathVariable UUID claimant) {
        return active(registration, claimant)
                .map(file -> page(
                        file,
                        claimant,
                        choices.of(claimant)
                                .map(on -> new RegistryChoiceForm(on.choice().name(), on.reference()))
                                .orElse(RegistryChoiceForm.EMPTY),
                        "",
                        FormErrors.none()))
                .orElseGet(forms::notFound);
    }

    @PostMapping(PATH)
    Object record(
            @PathVariable UUID registration,
            @PathVariable UUID claimant,
            @Valid @ModelAttribute RegistryChoiceForm form,
            BindingResult bound,
            @Valid @ModelAttribute StaffReason reason,
            BindingResult boundReason,
            HttpServletRequest request) {
        Optional<RegistrationFile> file = active(registration, claimant);
        if (file.isEmpty()) {
            return forms.notFound();
        }
        FormErrors errors = forms.checkReason(boundReason, FormErrors.of(bound, forms.t()));
        if (!errors.isEmpty()) {
            return page(file.get(), claimant, form, reason.reason(), errors);
        }
        choices.record(
                registration,
                claimant,
                RegistryChoice.valueOf(form.choice()),
                form.reference(),
                StaffForms.staff(request, reason));
        return StaffForms.done(registration, "registry");
    }

    /** The file, when the claimant is in it and still active: a withdrawn or handed-over claimant has no class. */
    private Optional<RegistrationFile> active(UUID registration, UUID claimant) {
        return forms.file(registration)
                .filter(file -> file.claimant(claimant)
                        .filter(RegistrationFile.Claimant::active)
                        .isPresent());
    }

    private ModelAndView page(
            RegistrationFile file, UUID claimant, RegistryChoiceForm form, String reason, FormErrors errors) {
        Texts t = forms.t();
        List<Choice> options = List.of(RegistryChoice.values()).stream()
                .map(choice -> new Choice(
                        choice.name(),
                        t.get("registry.choice." + choice),
                        t.get("registry.choice." + choice + ".hint"),
                        form.choice().equals(choice.name())))
                .toList();
        List<StaffFormView.Field> fields = List.of(
                new StaffFormView.Radios("choice", t.get("registry.form.choice"), options),
                new StaffFormView.Text(
                        "reference",
                        t.get("registry.form.reference"),
                        form.reference(),
                        t.get("registry.form.reference.hint"),
                        ""));
        return forms.render(forms.form(
                file,
                t.get(
                        "registry.form.title",
                        file.claimant(claimant).orElseThrow().name()),
                List.of(t.get("registry.form.intro")),
                "/claimants/" + claimant + "/registry",
                fields,
                reason,
                t.get("registry.form.submit"),
                errors));
    }
}
