package nl.claimdesk.registration.backoffice;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.claimdesk.campaign.CampaignSummary;
import nl.claimdesk.campaign.Campaigns;
import nl.claimdesk.identity.Accounts;
import nl.claimdesk.registration.FilePaths;
import nl.claimdesk.registration.RegistrationFile;
import nl.claimdesk.registration.RegistrationSummary;
import nl.claimdesk.registration.internal.ClaimantCheck;
import nl.claimdesk.registration.internal.ClassQuestions;
import nl.claimdesk.registration.internal.CurrentClassChecks;
import nl.claimdesk.registration.internal.FormFields;
import nl.claimdesk.registration.internal.RegistrationChanges;
import nl.claimdesk.registration.internal.RegistrationStore;
import nl.claimdesk.registration.internal.SignUpChecks;
import nl.claimdesk.registration.view.ChildForm;
import nl.claimdesk.registration.view.RegistrantForm;
import nl.claimdesk.registration.view.StaffFormView;
import nl.claimdesk.shared.Language;
import nl.claimdesk.web.Choice;
import nl.claimdesk.web.FormErrors;
import nl.claimdesk.web.Link;
import nl.claimdesk.web.Texts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Staff correct a participant's data in the back office: the registrant's name, date of birth, postcode and
 * country, or a child's name, date of birth and the facts the current class asks (residence, months of use). The same
 * checks apply as when participants correct it themselves (the campaign's eligibility rules included), except that a
 * fact the class misses may be left unknown and the registrant's declared authority stays theirs (docs/adr/0056); the
 * same history entry and audit entry follow, with the reason, and the claimant is classified again at once.
 */
@Controller
class FileCorrectionController {

    private static final String CHILD = "child-0-";
    private static final List<String> SHOWN = List.of("firstName", "lastName", "residence", "startMonth", "endMonth");

    private final StaffForms forms;
    private final RegistrationStore store;
    private final RegistrationChanges changes;
    private final Campaigns campaigns;
    private final CurrentClassChecks checks;
    private final Accounts accounts;

    FileCorrectionController(
            StaffForms forms,
            RegistrationStore store,
            RegistrationChanges changes,
            Campaigns campaigns,
            CurrentClassChecks checks,
            Accounts accounts) {
        this.forms = forms;
        this.store = store;
        this.changes = changes;
        this.campaigns = campaigns;
        this.checks = checks;
        this.accounts = accounts;
    }

    @GetMapping(FilePaths.FILE + "/details")
    ModelAndView editDetails(@PathVariable UUID registration) {
        Optional<RegistrationFile> file = correctable(registration);
        if (file.isEmpty()) {
            return forms.notFound();
        }
        RegistrationSummary r = file.get().registration();
        LocalDate born = r.dateOfBirth();
        RegistrantForm form = new RegistrantForm(
                text(r.firstName()),
                text(r.lastName()),
                email(file.get()),
                born == null ? "" : Integer.toString(born.getDayOfMonth()),
                born == null ? "" : Integer.toString(born.getMonthValue()),
                born == null ? "" : Integer.toString(born.getYear()),
                text(r.postcode()),
                r.country());
        return detailsPage(file.get(), form, "", FormErrors.none());
    }

    @PostMapping(FilePaths.FILE + "/details")
    Object correctDetails(
            @PathVariable UUID registration,
            @Validated(RegistrantForm.Correction.class) @ModelAttribute RegistrantForm typed,
            BindingResult bound,
            @Valid @ModelAttribute StaffReason reason,
            BindingResult boundReason,
            HttpServletRequest request) {
        Optional<RegistrationFile> file = correctable(registration);
        if (file.isEmpty()) {
            return forms.notFound();
        }
        RegistrantForm form = typed.withEmail(email(file.get()));
        RegistrationSummary summary = store.summary(registration).orElseThrow();
        CampaignSummary campaign = campaigns.byId(summary.campaign()).orElseThrow();
        SignUpChecks checks = checks(campaign, summary);
        FormErrors errors = forms.checkReason(
                boundReason, checks.correctedRegistrant(form, summary, FormErrors.of(bound, forms.t())));
        if (!errors.isEmpty()) {
            return detailsPage(file.get(), form, reason.reason(), errors);
        }
        changes.correctRegistrantAndSelf(
                StaffForms.staff(request, reason), campaign, summary, checks.registrantOf(form));
        return StaffForms.done(registration, "corrected");
    }

    @GetMapping(FilePaths.FILE + "/claimants/{claimant}/edit")
    ModelAndView editClaimant(@PathVariable UUID registration, @PathVariable UUID claimant) {
        Optional<RegistrationFile> file = correctable(registration);
        Optional<RegistrationSummary.Claimant> child = file.flatMap(found -> child(registration, claimant));
        if (file.isEmpty() || child.isEmpty()) {
            return forms.notFound();
        }
        return claimantPage(file.get(), child.get(), FormFields.filledFrom(child.get()), "", frozen(child.get()));
    }

    @PostMapping(FilePaths.FILE + "/claimants/{claimant}/edit")
    Object correctClaimant(
            @PathVariable UUID registration,
            @PathVariable UUID claimant,
            @ModelAttribute ChildForm typed,
            @Valid @ModelAttribute StaffReason reason,
            BindingResult boundReason,
            HttpServletRequest request) {
        Optional<RegistrationFile> file = correctable(registration);
        Optional<RegistrationSummary.Claimant> child = file.flatMap(found -> child(registration, claimant));
        if (file.isEmpty() || child.isEmpty()) {
            return forms.notFound();
        }
        // The years of use are not the staff's to correct: checked again as they stand, with the new birth date.
        ChildForm form = typed.asCorrectedByStaff(FormFields.filledFrom(child.get()));
        RegistrationSummary summary = file.get().registration();
        CampaignSummary campaign = campaigns.byId(summary.campaign()).orElseThrow();
        SignUpChecks checks = checks(campaign, summary);
        FormErrors errors = forms.checkReason(
                boundReason,
                frozen(child.get())
                        .addAll(shownFields(checks.children(List.of(form), ClaimantCheck.CORRECTED_BY_STAFF))));
        if (!errors.isEmpty()) {
            return claimantPage(file.get(), child.get(), form, reason.reason(), errors);
        }
        changes.correctClaimant(
                StaffForms.staff(request, reason),
                campaign,
                registration,
                child.get(),
                checks.childrenOf(List.of(form), ClaimantCheck.CORRECTED_BY_STAFF)
                        .getFirst());
        return StaffForms.done(registration, "corrected");
    }

    /** A child frozen by an objection is not corrected until the objection is resolved (docs/adr/0048). */
    private FormErrors frozen(RegistrationSummary.Claimant child) {
        return child.frozen()
                ? FormErrors.none().add("firstName", forms.t().get("objection.refused"))
                : FormErrors.none();
    }

    private ModelAndView detailsPage(RegistrationFile file, RegistrantForm form, String reason, FormErrors errors) {
        Texts t = forms.t();
        List<Choice> countries = ClassQuestions.residences(Language.NL, form.country());
        List<StaffFormView.Field> fields = List.of(
                new StaffFormView.Text("firstName", t.get("bo.field.firstName"), form.firstName(), null, ""),
                new StaffFormView.Text("lastName", t.get("bo.field.lastName"), form.lastName(), null, ""),
                new StaffFormView.Date(
                        "birth", t.get("bo.field.birth"), form.birthDay(), form.birthMonth(), form.birthYear(), null),
                new StaffFormView.Select("country", t.get("bo.field.country"), countries),
                new StaffFormView.Text("postcode", t.get("bo.field.postcode"), form.postcode(), null, "input--short"));
        return forms.render(forms.form(
                file,
                t.get("bo.correct.details.title"),
                List.of(t.get("bo.correct.intro")),
                "/details",
                fields,
                reason,
                t.get("bo.correct.submit"),
                errors));
    }

    private ModelAndView claimantPage(
            RegistrationFile file,
            RegistrationSummary.Claimant child,
            ChildForm form,
            String reason,
            FormErrors errors) {
        Texts t = forms.t();
        List<StaffFormView.Field> fields = new ArrayList<>(List.of(
                new StaffFormView.Text(CHILD + "firstName", t.get("bo.field.firstName"), form.firstName(), null, ""),
                new StaffFormView.Text(CHILD + "lastName", t.get("bo.field.lastName"), form.lastName(), null, ""),
                new StaffFormView.Date(
                        CHILD + "birth",
                        t.get("bo.field.birth"),
                        form.birthDay(),
                        form.birthMonth(),
                        form.birthYear(),
                        null)));
        fields.addAll(classFields(file.registration(), form));
        return forms.render(forms.form(
                file,
                t.get("bo.correct.claimant.title", child.name().strip()),
                List.of(t.get("bo.correct.intro")),
                "/claimants/" + child.id() + "/edit",
                fields,
                reason,
                t.get("bo.correct.submit"),
                errors));
    }

    /**
     * What the current class asks beyond the years, each of which staff may leave unknown: the child's own residence
     * where the class asks it, the month use started, and the month it ended where it did (docs/adr/0047).
     */
    private List<StaffFormView.Field> classFields(RegistrationSummary registration, ChildForm form) {
        Texts t = forms.t();
        CampaignSummary campaign = campaigns.byId(registration.campaign()).orElseThrow();
        List<StaffFormView.Field> fields = new ArrayList<>();
        if (checks(campaign, registration).classQuestions().asksResidence()) {
            List<Choice> countries = new ArrayList<>();
            countries.add(new Choice(
                    "", t.get("bo.field.unknown"), null, form.residence().isBlank()));
            countries.addAll(ClassQuestions.residences(Language.NL, form.residence()));
            fields.add(new StaffFormView.Select(CHILD + "residence", t.get("bo.field.residence"), countries));
        }
        fields.add(new StaffFormView.Select(
                CHILD + "startMonth",
                t.get("bo.field.startMonth", form.startYear()),
                ClassQuestions.months(t, form.startMonth())));
        if (!form.endYear().isBlank()) {
            fields.add(new StaffFormView.Select(
                    CHILD + "endMonth",
                    t.get("bo.field.endMonth", form.endYear()),
                    ClassQuestions.months(t, form.endMonth())));
        }
        return fields;
    }

    /**
     * The problems placed next to the fields this form shows: a refusal about the years of use (which the form does
     * not show) depends on the date of birth, so it is shown there.
     */
    private static FormErrors shownFields(FormErrors errors) {
        FormErrors shown = FormErrors.none();
        for (Link problem : errors.summary()) {
            String field = problem.href().substring(1);
            boolean onForm = SHOWN.stream().anyMatch(name -> field.equals(CHILD + name));
            shown.add(onForm ? field : CHILD + "birth", problem.label());
        }
        return shown;
    }

    /** The file, unless its personal data was erased: there is nothing left to correct then. */
    private Optional<RegistrationFile> correctable(UUID registration) {
        return forms.file(registration).filter(file -> file.anonymisedAt() == null);
    }

    private Optional<RegistrationSummary.Claimant> child(UUID registration, UUID claimant) {
        return store.summary(registration).stream()
                .flatMap(summary -> summary.claimants().stream())
                .filter(found -> found.id().equals(claimant) && found.child() && !found.withdrawn())
                .findFirst();
    }

    private SignUpChecks checks(CampaignSummary campaign, RegistrationSummary registration) {
        return checks.of(campaign, forms.t(), registration.country());
    }

    private String email(RegistrationFile file) {
        return accounts.find(file.account()).orElseThrow().email().value();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
