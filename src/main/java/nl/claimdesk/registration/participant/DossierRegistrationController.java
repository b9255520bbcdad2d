package nl.claimdesk.registration.participant;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.campaign.CampaignSummary;
import nl.claimdesk.campaign.Campaigns;
import nl.claimdesk.campaign.ClassStatus;
import nl.claimdesk.campaign.MissingFact;
import nl.claimdesk.identity.Participants;
import nl.claimdesk.registration.ClassStanding;
import nl.claimdesk.registration.RegistrationKind;
import nl.claimdesk.registration.RegistrationSummary;
import nl.claimdesk.registration.Registrations;
import nl.claimdesk.registration.WithdrawalChannel;
import nl.claimdesk.registration.form.WithdrawalReason;
import nl.claimdesk.registration.internal.ChangedBy;
import nl.claimdesk.registration.internal.ClaimantCheck;
import nl.claimdesk.registration.internal.ClaimantEntry;
import nl.claimdesk.registration.internal.ClassQuestions;
import nl.claimdesk.registration.internal.CurrentClassChecks;
import nl.claimdesk.registration.internal.FormFields;
import nl.claimdesk.registration.internal.RegistrationChanges;
import nl.claimdesk.registration.internal.SignUpChecks;
import nl.claimdesk.registration.internal.Withdrawals;
import nl.claimdesk.registration.view.ChildEditView;
import nl.claimdesk.registration.view.ChildForm;
import nl.claimdesk.registration.view.ClassAnswerView;
import nl.claimdesk.registration.view.DetailsEditView;
import nl.claimdesk.registration.view.RegistrantForm;
import nl.claimdesk.registration.view.WithdrawView;
import nl.claimdesk.shared.EmailAddress;
import nl.claimdesk.shared.Language;
import nl.claimdesk.web.Choice;
import nl.claimdesk.web.FormErrors;
import nl.claimdesk.web.Page;
import nl.claimdesk.web.PageFactory;
import nl.claimdesk.web.Texts;
import nl.claimdesk.web.Views;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The participant's own changes to a registration in Mijn dossier: add a child, correct a child or their own
 * details, withdraw a claimant or the whole registration, and invite a child who came of age to take over. Every
 * address names the registration; one that is not the participant's own is "not found", never someone else's.
 */
@Controller
class DossierRegistrationController {

    private static final String BASE = "/dossier/registrations/{registration}";

    private final Participants participants;
    private final Registrations registrations;
    private final RegistrationChanges changes;
    private final Withdrawals withdrawals;
    private final Handovers handovers;
    private final Campaigns campaigns;
    private final CurrentClassChecks checks;
    private final PageFactory pages;
    private final Clock clock;

    DossierRegistrationController(
            Participants participants,
            Registrations registrations,
            RegistrationChanges changes,
            Withdrawals withdrawals,
            Handovers handovers,
            Campaigns campaigns,
            CurrentClassChecks checks,
            PageFactory pages,
            Clock clock) {
        this.participants = participants;
        this.registrations = registrations;
        this.changes = changes;
        this.withdrawals = withdrawals;
        this.handovers = handovers;
        this.campaigns = campaigns;
        this.checks = checks;
        this.pages = pages;
        this.clock = clock;
    }

    // Adding a child.

    @GetMapping(BASE + "/children/new")
    ModelAndView newChild(@PathVariable UUID registration, @RequestParam(required = false) String lang) {
        Context context = context(registration, lang);
        requireChildren(context);
        return childPage(context, null, ChildForm.EMPTY, FormErrors.none());
    }

    @PostMapping(BASE + "/children/new")
    Object addChild(
            @PathVariable UUID registration,
            @RequestParam(required = false) String lang,
            @ModelAttribute ChildForm form,
            HttpServletRequest request) {
        Context context = context(registration, lang);
        requireChildren(context);
        FormErrors errors = context.checks().children(List.of(form), ClaimantCheck.NEW);
        if (!errors.isEmpty()) {
            return childPage(context, null, form, errors);
        }
        changes.addChild(
                context.participant().id(),
                context.campaign(),
                registration,
                context.checks().childrenOf(List.of(form), ClaimantCheck.NEW).getFirst(),
                request.getRemoteAddr());
        return done(context);
    }

    // Correcting a child.

    @GetMapping(BASE + "/claimants/{claimant}/edit")
    ModelAndView editClaimant(
            @PathVariable UUID registration, @PathVariable UUID claimant, @RequestParam(required = false) String lang) {
        Context context = context(registration, lang);
        RegistrationSummary.Claimant child = child(context, claimant);
        Optional<String> refused = refused(context, child);
        if (refused.isPresent()) {
            return new ModelAndView(refused.get());
        }
        return childPage(context, child, FormFields.filledFrom(child), FormErrors.none());
    }

    @PostMapping(BASE + "/claimants/{claimant}/edit")
    Object correctClaimant(
            @PathVariable UUID registration,
            @PathVariable UUID claimant,
            @RequestParam(required = false) String lang,
            @ModelAttribute ChildForm form,
            HttpServletRequest request) {
        Context context = context(registration, lang);
        RegistrationSummary.Claimant child = child(context, claimant);
        Optional<String> refused = refused(context, child);
        if (refused.isPresent()) {
            return refused.get();
        }
        FormErrors errors = context.checks().children(List.of(form), ClaimantCheck.CORRECTED_BY_REGISTRANT);
        if (!errors.isEmpty()) {
            return childPage(context, child, form, errors);
        }
        ClaimantEntry corrected = context.checks()
                .childrenOf(List.of(form), ClaimantCheck.CORRECTED_BY_REGISTRANT)
                .getFirst();
        changes.correctClaimant(
                ChangedBy.participant(context.participant().id(), request.getRemoteAddr()),
                context.campaign(),
                registration,
                child,
                corrected);
        return done(context);
    }

    // Answering the one question the class still has (docs/adr/0047).

    @GetMapping(BASE + "/claimants/{claimant}/class")
    Object classQuestion(
            @PathVariable UUID registration, @PathVariable UUID claimant, @RequestParam(required = false) String lang) {
        Context context = context(registration, lang);
        RegistrationSummary.Claimant found = active(context, claimant);
        Optional<String> refused = refused(context, found);
        if (refused.isPresent()) {
            return refused.get();
        }
        return missingFact(found)
                .map(fact -> classPage(context, found, fact, firstChoice(fact, context), FormErrors.none()))
                .orElseGet(() -> nothingToAsk(context, found));
    }

    /** The class needs nothing (more) about this claimant: the page says so, with the way back. */
    private ModelAndView nothingToAsk(Context context, RegistrationSummary.Claimant claimant) {
        Texts t = context.t();
        String action = basePath(context.registration().id()) + "/claimants/" + claimant.id() + "/class";
        ClassAnswerView view = new ClassAnswerView(
                t.get("dossier.class.none.title", claimant.name().strip()),
                t.get("dossier.class.none"),
                "",
                context.participant().link(action),
                context.participant().link("/dossier"),
                List.of(),
                FormErrors.none());
        return render("registration/dossier-class", context, view.heading(), action, view);
    }

    @PostMapping(BASE + "/claimants/{claimant}/class")
    Object answerClassQuestion(
            @PathVariable UUID registration,
            @PathVariable UUID claimant,
            @RequestParam(required = false) String lang,
            @RequestParam(defaultValue = "") String answer,
            HttpServletRequest request) {
        Context context = context(registration, lang);
        RegistrationSummary.Claimant found = active(context, claimant);
        Optional<String> refused = refused(context, found);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<MissingFact> missing = missingFact(found);
        if (missing.isEmpty()) {
            return done(context);
        }
        MissingFact fact = missing.get();
        String typed = answer.length() > 100 ? answer.substring(0, 100) : answer;
        Optional<String> problem = new ClassQuestions(null, context.t(), LocalDate.now(clock), "")
                .answerProblem(fact, typed, year(found, fact), found.dateOfBirth());
        if (problem.isPresent()) {
            return classPage(context, found, fact, typed, FormErrors.none().add("answer", problem.get()));
        }
        changes.giveClassFact(
                ChangedBy.participant(context.participant().id(), request.getRemoteAddr()),
                context.campaign(),
                registration,
                found,
                fact,
                typed);
        return done(context);
    }

    private ModelAndView classPage(
            Context context, RegistrationSummary.Claimant claimant, MissingFact fact, String typed, FormErrors errors) {
        Texts t = context.t();
        String name = claimant.child() ? claimant.name().strip() : t.get("signUp.class.you");
        String defendant = context.campaign().defendant();
        String year = Integer.toString(year(claimant, fact));
        List<Choice> choices = fact == MissingFact.RESIDENCE
                ? ClassQuestions.residences(context.language(), typed)
                : ClassQuestions.months(t, typed);
        String key = "dossier.class." + fact.name();
        String action = basePath(context.registration().id()) + "/claimants/" + claimant.id() + "/class";
        ClassAnswerView view = new ClassAnswerView(
                t.get(key + ".title", claimant.name().strip()),
                t.get(key + ".why", name, year, defendant),
                t.get(key + ".label", name, year, defendant),
                context.participant().link(action),
                context.participant().link("/dossier"),
                choices,
                errors);
        return render("registration/dossier-class", context, view.heading(), action, view);
    }

    /** The fact the class still misses about an active claimant, if that is where they stand. */
    private static Optional<MissingFact> missingFact(RegistrationSummary.Claimant claimant) {
        ClassStanding standing = claimant.classStanding();
        if (standing == null
                || standing.status() != ClassStatus.INFORMATION_NEEDED
                || standing.detail() == null
                || claimant.dateOfBirth() == null
                || (claimant.child() && claimant.cameOfAgeOn() != null)) {
            return Optional.empty();
        }
        return Optional.of(MissingFact.valueOf(standing.detail()));
    }

    /** What the form shows first: for a residence the registrant's country, for a month none. */
    private static String firstChoice(MissingFact fact, Context context) {
        return switch (fact) {
            case RESIDENCE -> context.registration().country();
            case USE_START_MONTH, USE_END_MONTH -> "";
        };
    }

    /** The year whose month is asked; for a residence, the start year (unused). */
    private static int year(RegistrationSummary.Claimant claimant, MissingFact fact) {
        Integer ended = claimant.useEndedYear();
        return fact == MissingFact.USE_END_MONTH && ended != null ? ended : claimant.useStartedYear();
    }

    // Correcting the registrant's own details.

    @GetMapping(BASE + "/details")
    ModelAndView editDetails(@PathVariable UUID registration, @RequestParam(required = false) String lang) {
        Context context = context(registration, lang);
        RegistrationSummary r = context.registration();
        LocalDate born = r.dateOfBirth();
        RegistrantForm form = new RegistrantForm(
                FormFields.nullToEmpty(r.firstName()),
                FormFields.nullToEmpty(r.lastName()),
                context.participant().account().email().value(),
                born == null ? "" : Integer.toString(born.getDayOfMonth()),
                born == null ? "" : Integer.toString(born.getMonthValue()),
                born == null ? "" : Integer.toString(born.getYear()),
                FormFields.nullToEmpty(r.postcode()),
                r.country());
        return detailsPage(context, form, FormErrors.none());
    }

    @PostMapping(BASE + "/details")
    Object correctDetails(
            @PathVariable UUID registration,
            @RequestParam(required = false) String lang,
            @Validated(RegistrantForm.Correction.class) @ModelAttribute RegistrantForm typed,
            BindingResult bound,
            HttpServletRequest request) {
        Context context = context(registration, lang);
        RegistrantForm form =
                typed.withEmail(context.participant().account().email().value());
        FormErrors errors =
                context.checks().correctedRegistrant(form, context.registration(), FormErrors.of(bound, context.t()));
        if (!errors.isEmpty()) {
            return detailsPage(context, form, errors);
        }
        changes.correctRegistrantAndSelf(
                ChangedBy.participant(context.participant().id(), request.getRemoteAddr()),
                context.campaign(),
                context.registration(),
                context.checks().registrantOf(form));
        return done(context);
    }

    // Withdrawing.

    @GetMapping(BASE + "/claimants/{claimant}/withdraw")
    ModelAndView confirmClaimantWithdrawal(
            @PathVariable UUID registration, @PathVariable UUID claimant, @RequestParam(required = false) String lang) {
        Context context = context(registration, lang);
        RegistrationSummary.Claimant found = active(context, claimant);
        Optional<String> refused = refused(context, found);
        if (refused.isPresent()) {
            return new ModelAndView(refused.get());
        }
        return withdrawPage(
                context,
                context.t().get("withdraw.claimant.title", found.name().strip()),
                basePath(registration) + "/claimants/" + claimant + "/withdraw",
                List.of(found.name().strip()),
                false);
    }

    @PostMapping(BASE + "/claimants/{claimant}/withdraw")
    Object withdrawClaimant(
            @PathVariable UUID registration,
            @PathVariable UUID claimant,
            @RequestParam(required = false) String lang,
            @ModelAttribute WithdrawalReason reason,
            HttpServletRequest request) {
        Context context = context(registration, lang);
        Optional<String> refused = refused(context, active(context, claimant));
        if (refused.isPresent()) {
            return refused.get();
        }
        withdrawals.withdrawClaimant(
                registration,
                claimant,
                WithdrawalChannel.ONLINE,
                reason.reason(),
                Actor.participant(context.participant().id()),
                request.getRemoteAddr());
        return done(context);
    }

    @GetMapping(BASE + "/withdraw")
    ModelAndView confirmWithdrawal(@PathVariable UUID registration, @RequestParam(required = false) String lang) {
        Context context = context(registration, lang);
        if (context.registration().withdrawn()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Optional<String> refused = refusedForAny(context);
        if (refused.isPresent()) {
            return new ModelAndView(refused.get());
        }
        List<String> names = context.registration().claimants().stream()
                .filter(claimant -> !claimant.withdrawn())
                .map(claimant -> claimant.name().strip())
                .toList();
        return withdrawPage(
                context,
                context.t()
                        .get("withdraw.registration.title", context.campaign().name(context.language())),
                basePath(registration) + "/withdraw",
                names,
                true);
    }

    @PostMapping(BASE + "/withdraw")
    Object withdrawRegistration(
            @PathVariable UUID registration,
            @RequestParam(required = false) String lang,
            @ModelAttribute WithdrawalReason reason,
            HttpServletRequest request) {
        Context context = context(registration, lang);
        Optional<String> refused = refusedForAny(context);
        if (refused.isPresent()) {
            return refused.get();
        }
        withdrawals.withdrawRegistration(
                registration,
                WithdrawalChannel.ONLINE,
                reason.reason(),
                Actor.participant(context.participant().id()),
                request.getRemoteAddr());
        return done(context);
    }

    // Handing a child who came of age over.

    @PostMapping(BASE + "/claimants/{claimant}/handover")
    Object inviteYoungAdult(
            @PathVariable UUID registration,
            @PathVariable UUID claimant,
            @RequestParam(required = false) String lang,
            @RequestParam(defaultValue = "") String email,
            HttpServletRequest request) {
        Context context = context(registration, lang);
        Optional<EmailAddress> youngAdult = EmailAddress.parse(email);
        if (youngAdult.isEmpty()
                || youngAdult
                        .get()
                        .normalised()
                        .equals(context.participant().account().email().normalised())) {
            return "redirect:" + context.participant().link("/dossier") + "&handover=invalid&claimant=" + claimant
                    + "#claimant-" + claimant;
        }
        String notice = switch (handovers.invite(
                context.participant().id(),
                context.registration(),
                claimant,
                youngAdult.get(),
                request.getRemoteAddr())) {
            case NOT_POSSIBLE -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            case TOO_MANY_OPEN -> "open";
            case MAIL_LIMIT -> "limit";
            case SENT -> "sent";
        };
        return "redirect:" + context.participant().link("/dossier") + "&handover=" + notice + "#claimant-" + claimant;
    }

    private ModelAndView childPage(
            Context context, RegistrationSummary.@Nullable Claimant child, ChildForm form, FormErrors errors) {
        Texts t = context.t();
        String heading = child == null
                ? t.get("dossier.child.add")
                : t.get("dossier.child.correct", child.name().strip());
        String action = child == null
                ? basePath(context.registration().id()) + "/children/new"
                : basePath(context.registration().id()) + "/claimants/" + child.id() + "/edit";
        String residence = form.residence().isBlank() ? context.registration().country() : form.residence();
        ChildEditView view = new ChildEditView(
                heading,
                context.participant().link(action),
                context.participant().link("/dossier"),
                form,
                context.checks()
                        .classQuestions()
                        .fields("child-0-", form.startMonth(), form.endMonth(), residence, errors),
                errors,
                context.campaign().defendant());
        return render("registration/dossier-child", context, heading, action, view);
    }

    private ModelAndView detailsPage(Context context, RegistrantForm form, FormErrors errors) {
        String action = basePath(context.registration().id()) + "/details";
        List<Choice> countries = ClassQuestions.residences(context.language(), form.country());
        DetailsEditView view = new DetailsEditView(
                context.participant().link(action), context.participant().link("/dossier"), form, countries, errors);
        return render("registration/dossier-details", context, context.t().get("dossier.details.title"), action, view);
    }

    private ModelAndView withdrawPage(
            Context context, String heading, String action, List<String> names, boolean whole) {
        WithdrawView view = new WithdrawView(
                heading,
                context.participant().link(action),
                context.participant().link("/dossier"),
                names,
                whole);
        return render("registration/withdraw", context, heading, action, view);
    }

    private ModelAndView render(String template, Context context, String title, String path, Object view) {
        Page page = pages.page(context.language(), title, other -> path + "?lang=" + other.code());
        return Views.render(template, page, view);
    }

    private String done(Context context) {
        return "redirect:" + context.participant().link("/dossier");
    }

    /**
     * Back to Mijn dossier with why, when the registrant may not act for the claimant: its record is frozen by an
     * objection, or the child came of age and acts for themself (docs/adr/0048). A forged request meets the same.
     */
    private Optional<String> refused(Context context, RegistrationSummary.Claimant claimant) {
        return claimant.registrantMayNotAct(
                        LocalDate.now(clock), context.campaign().eligibility().majorityAge())
                .map(why -> "redirect:" + context.participant().link("/dossier") + "&done=" + why);
    }

    /** As {@link #refused} for the first active claimant of the registration the registrant may not act for. */
    private Optional<String> refusedForAny(Context context) {
        return context.registration().claimants().stream()
                .filter(claimant -> !claimant.withdrawn())
                .map(claimant -> refused(context, claimant))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private Context context(UUID registration, @Nullable String lang) {
        Participants.Current participant = participants.current(lang);
        RegistrationSummary found = registrations
                .owned(participant.id(), registration)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        CampaignSummary campaign = campaigns.byId(found.campaign()).orElseThrow();
        Texts t = pages.texts(participant.language());
        return new Context(participant, found, campaign, t, checks.of(campaign, t, found.country()));
    }

    private static void requireChildren(Context context) {
        if (context.registration().kind() != RegistrationKind.CHILDREN
                || context.registration().withdrawn()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private static RegistrationSummary.Claimant child(Context context, UUID claimant) {
        RegistrationSummary.Claimant found = active(context, claimant);
        if (!found.child()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return found;
    }

    private static RegistrationSummary.Claimant active(Context context, UUID claimant) {
        return context.registration().claimants().stream()
                .filter(found -> found.id().equals(claimant) && !found.withdrawn())
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String basePath(UUID registration) {
        return "/dossier/registrations/" + registration;
    }

    private record Context(
            Participants.Current participant,
            RegistrationSummary registration,
            CampaignSummary campaign,
            Texts t,
            SignUpChecks checks) {

        Language language() {
            return participant.language();
        }
    }
}
