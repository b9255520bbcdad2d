package nl.claimdesk.registration.backoffice;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import nl.claimdesk.registration.FilePaths;
import nl.claimdesk.registration.RegistrationFile;
import nl.claimdesk.registration.WithdrawalChannel;
import nl.claimdesk.registration.eligibility.DateCheck;
import nl.claimdesk.registration.internal.ChangedBy;
import nl.claimdesk.registration.internal.Withdrawals;
import nl.claimdesk.registration.view.StaffFormView;
import nl.claimdesk.shared.Language;
import nl.claimdesk.web.Choice;
import nl.claimdesk.web.FormErrors;
import nl.claimdesk.web.Texts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Staff actions on a file besides corrections: mailing the participant a way in again, recording a withdrawal that
 * came by email or letter, marking suspected fraud, and clearing an undeliverable mark. Each asks for a reason first.
 */
@Controller
class FileActionController {

    private static final String ALL = "all";

    private final StaffForms forms;
    private final FileActions actions;
    private final Withdrawals withdrawals;
    private final Clock clock;
    private final DateTimeFormatter times;

    FileActionController(StaffForms forms, FileActions actions, Withdrawals withdrawals, Clock clock) {
        this.forms = forms;
        this.actions = actions;
        this.withdrawals = withdrawals;
        this.clock = clock;
        this.times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Language.NL.locale())
                .withZone(clock.getZone());
    }

    // Sending the confirmation link again, or a login link.

    @GetMapping(FilePaths.FILE + "/mail")
    ModelAndView confirmMail(@PathVariable UUID registration) {
        return blank(registration, this::mailPage);
    }

    @PostMapping(FilePaths.FILE + "/mail")
    Object sendMail(
            @PathVariable UUID registration,
            @Valid @ModelAttribute StaffReason reason,
            BindingResult boundReason,
            HttpServletRequest request) {
        return withReason(registration, reason, boundReason, request, this::mailPage, actions::resendMail, "mailed");
    }

    private ModelAndView mailPage(RegistrationFile file, String reason, FormErrors errors) {
        Texts t = forms.t();
        String kind = file.verified() ? "login" : "verify";
        return forms.render(forms.form(
                file,
                t.get("bo.mail." + kind + ".title"),
                List.of(t.get("bo.mail." + kind + ".intro")),
                "/mail",
                List.of(),
                reason,
                t.get("bo.mail." + kind + ".submit"),
                errors));
    }

    // Logging the participant out on every device.

    @GetMapping(FilePaths.FILE + "/sessions")
    ModelAndView confirmEndSessions(@PathVariable UUID registration) {
        return blank(registration, this::sessionsPage);
    }

    @PostMapping(FilePaths.FILE + "/sessions")
    Object endSessions(
            @PathVariable UUID registration,
            @Valid @ModelAttribute StaffReason reason,
            BindingResult boundReason,
            HttpServletRequest request) {
        return withReason(
                registration, reason, boundReason, request, this::sessionsPage, actions::endSessions, "sessions");
    }

    /** The reason form of an action, empty, on the file; or the back office's "not found". */
    private ModelAndView blank(UUID registration, ReasonPage page) {
        return forms.file(registration)
                .map(file -> page.render(file, "", FormErrors.none()))
                .orElseGet(forms::notFound);
    }

    /** The form again while its reason is refused; otherwise the action, done in the staff member's name. */
    private Object withReason(
            UUID registration,
            StaffReason reason,
            BindingResult boundReason,
            HttpServletRequest request,
            ReasonPage page,
            BiConsumer<RegistrationFile, ChangedBy> action,
            String notice) {
        Optional<RegistrationFile> file = forms.file(registration);
        if (file.isEmpty()) {
            return forms.notFound();
        }
        FormErrors errors = forms.checkReason(boundReason, FormErrors.none());
        if (!errors.isEmpty()) {
            return page.render(file.get(), reason.reason(), errors);
        }
        action.accept(file.get(), StaffForms.staff(request, reason));
        return StaffForms.done(registration, notice);
    }

    // Clearing the undeliverable mark of the participant's address.

    @GetMapping(FilePaths.FILE + "/undeliverable")
    ModelAndView confirmClearUndeliverable(@PathVariable UUID registration) {
        return blank(registration, this::undeliverablePage);
    }

    @PostMapping(FilePaths.FILE + "/undeliverable")
    Object clearUndeliverable(
            @PathVariable UUID registration,
            @Valid @ModelAttribute StaffReason reason,
            BindingResult boundReason,
            HttpServletRequest request) {
        return withReason(
                registration,
                reason,
                boundReason,
                request,
                this::undeliverablePage,
                actions::clearUndeliverable,
                "undeliverable");
    }

    private ModelAndView undeliverablePage(RegistrationFile file, String reason, FormErrors errors) {
        Texts t = forms.t();
        List<String> intro = actions.undeliverableMark(file)
                .map(mark -> List.of(
                        t.get("bo.undeliverable.intro", mark.address(), times.format(mark.markedAt()), mark.reason()),
                        t.get("bo.undeliverable.intro.clear")))
                .orElseGet(() -> List.of(t.get("bo.undeliverable.intro.none", actions.address(file))));
        return forms.render(forms.form(
                file,
                t.get("bo.undeliverable.title"),
                intro,
                "/undeliverable",
                List.of(),
                reason,
                t.get("bo.undeliverable.submit"),
                errors));
    }

    @FunctionalInterface
    private interface ReasonPage {
        ModelAndView render(RegistrationFile file, String reason, FormErrors errors);
    }

    private ModelAndView sessionsPage(RegistrationFile file, String reason, FormErrors errors) {
        Texts t = forms.t();
        return forms.render(forms.form(
                file,
                t.get("bo.sessions.title"),
                List.of(t.get("bo.sessions.intro")),
                "/sessions",
                List.of(),
                reason,
                t.get("bo.sessions.submit"),
                errors));
    }

    // Recording a withdrawal received by email or letter.

    @GetMapping(FilePaths.FILE + "/withdraw")
    ModelAndView withdrawForm(@PathVariable UUID registration) {
        return forms.file(registration)
                .filter(file -> !file.withdrawn())
                .map(file -> withdrawPage(file, WithdrawalForm.EMPTY, "", FormErrors.none()))
                .orElseGet(forms::notFound);
    }

    @PostMapping(FilePaths.FILE + "/withdraw")
    Object recordWithdrawal(
            @PathVariable UUID registration,
            @Valid @ModelAttribute WithdrawalForm form,
            BindingResult bound,
            @Valid @ModelAttribute StaffReason reason,
            BindingResult boundReason,
            HttpServletRequest request) {
        Optional<RegistrationFile> file = forms.file(registration).filter(found -> !found.withdrawn());
        if (file.isEmpty()) {
            return forms.notFound();
        }
        FormErrors errors = FormErrors.none();
        if (!form.who().equals(ALL)
                && active(file.get()).stream()
                        .noneMatch(claimant -> claimant.id().toString().equals(form.who()))) {
            errors.add("who", forms.t().get("bo.withdraw.who.missing"));
        } else if (active(file.get()).stream()
                .filter(claimant ->
                        form.who().equals(ALL) || claimant.id().toString().equals(form.who()))
                .anyMatch(claimant -> claimant.details().frozen())) {
            errors.add("who", forms.t().get("objection.refused"));
        }
        forms.checkReason(boundReason, errors.addAll(FormErrors.of(bound, forms.t())));
        if (!errors.isEmpty()) {
            return withdrawPage(file.get(), form, reason.reason(), errors);
        }
        Withdrawals.Received received = new Withdrawals.Received(
                WithdrawalChannel.valueOf(form.channel()),
                ((DateCheck.Valid) form.getReceived().check(LocalDate.now(clock))).date(),
                form.reference());
        ChangedBy by = StaffForms.staff(request, reason);
        if (form.who().equals(ALL)) {
            withdrawals.recordRegistration(registration, received, by);
        } else {
            withdrawals.recordClaimant(registration, UUID.fromString(form.who()), received, by);
        }
        return StaffForms.done(registration, "withdrawn");
    }

    private ModelAndView withdrawPage(RegistrationFile file, WithdrawalForm form, String reason, FormErrors errors) {
        Texts t = forms.t();
        List<Choice> who = new ArrayList<>();
        who.add(new Choice(ALL, t.get("bo.withdraw.who.all"), null, form.who().equals(ALL)));
        for (RegistrationFile.Claimant claimant : active(file)) {
            who.add(new Choice(
                    claimant.id().toString(),
                    claimant.name(),
                    null,
                    form.who().equals(claimant.id().toString())));
        }
        List<Choice> channels = List.of(
                new Choice(
                        "EMAIL", t.get("bo.channel.EMAIL"), null, form.channel().equals("EMAIL")),
                new Choice(
                        "LETTER",
                        t.get("bo.channel.LETTER"),
                        null,
                        form.channel().equals("LETTER")));
        List<StaffFormView.Field> fields = List.of(
                new StaffFormView.Radios("who", t.get("bo.withdraw.who"), who),
                new StaffFormView.Radios("channel", t.get("bo.withdraw.channel"), channels),
                new StaffFormView.Date(
                        "received",
                        t.get("bo.withdraw.received"),
                        form.receivedDay(),
                        form.receivedMonth(),
                        form.receivedYear(),
                        t.get("bo.withdraw.received.hint")),
                new StaffFormView.Text(
                        "reference",
                        t.get("bo.withdraw.reference"),
                        form.reference(),
                        t.get("bo.withdraw.reference.hint"),
                        ""));
        return forms.render(forms.form(
                file,
                t.get("bo.withdraw.title"),
                List.of(t.get("bo.withdraw.intro")),
                "/withdraw",
                fields,
                reason,
                t.get("bo.withdraw.submit"),
                errors));
    }

    private static List<RegistrationFile.Claimant> active(RegistrationFile file) {
        return file.claimants().stream()
                .filter(RegistrationFile.Claimant::active)
                .toList();
    }

    // Suspected fraud, of the whole registration or one claimant.

    @GetMapping(FilePaths.FILE + "/fraud")
    ModelAndView registrationFraud(@PathVariable UUID registration) {
        return forms.file(registration)
                .map(file -> fraudPage(file, null, "", FormErrors.none()))
                .orElseGet(forms::notFound);
    }

    @PostMapping(FilePaths.FILE + "/fraud")
    Object markRegistration(
            @PathVariable UUID registration,
            @Valid @ModelAttribute StaffReason reason,
            BindingResult boundReason,
            @RequestParam(defaultValue = "") String suspected,
            HttpServletRequest request) {
        return mark(registration, null, new Marking(reason, boundReason, "yes".equals(suspected)), request);
    }

    @GetMapping(FilePaths.FILE + "/claimants/{claimant}/fraud")
    ModelAndView claimantFraud(@PathVariable UUID registration, @PathVariable UUID claimant) {
        return forms.file(registration)
                .filter(file -> file.claimant(claimant).isPresent())
                .map(file -> fraudPage(file, claimant, "", FormErrors.none()))
                .orElseGet(forms::notFound);
    }

    @PostMapping(FilePaths.FILE + "/claimants/{claimant}/fraud")
    Object markClaimant(
            @PathVariable UUID registration,
            @PathVariable UUID claimant,
            @Valid @ModelAttribute StaffReason reason,
            BindingResult boundReason,
            @RequestParam(defaultValue = "") String suspected,
            HttpServletRequest request) {
        return mark(registration, claimant, new Marking(reason, boundReason, "yes".equals(suspected)), request);
    }

    /** Marks or clears, whichever the page offered: it sends the state it asks for, so a repeat changes nothing. */
    private Object mark(UUID registration, @Nullable UUID claimant, Marking marking, HttpServletRequest request) {
        Optional<RegistrationFile> file = forms.file(registration)
                .filter(found -> claimant == null || found.claimant(claimant).isPresent());
        if (file.isEmpty()) {
            return forms.notFound();
        }
        FormErrors errors = forms.checkReason(marking.boundReason(), FormErrors.none());
        if (!errors.isEmpty()) {
            return fraudPage(file.get(), claimant, marking.reason().reason(), errors);
        }
        boolean suspected = marking.suspected();
        if (suspected != suspected(file.get(), claimant)) {
            actions.suspect(file.get(), claimant, suspected, StaffForms.staff(request, marking.reason()));
        }
        return StaffForms.done(registration, suspected ? "suspected" : "cleared");
    }

    /** The fraud form as posted: the reason, its problem if any, and the state it asks for. */
    private record Marking(StaffReason reason, BindingResult boundReason, boolean suspected) {}

    private ModelAndView fraudPage(RegistrationFile file, @Nullable UUID claimant, String reason, FormErrors errors) {
        Texts t = forms.t();
        boolean suspected = suspected(file, claimant);
        String subject = claimant == null
                ? t.get("bo.fraud.registration", file.reference())
                : file.claimant(claimant).orElseThrow().name();
        String mode = suspected ? "clear" : "mark";
        return forms.render(forms.form(
                file,
                t.get("bo.fraud." + mode + ".title", subject),
                List.of(t.get("bo.fraud." + mode + ".intro")),
                claimant == null ? "/fraud" : "/claimants/" + claimant + "/fraud",
                List.of(new StaffFormView.Hidden("suspected", suspected ? "no" : "yes")),
                reason,
                t.get("bo.fraud." + mode + ".submit"),
                errors));
    }

    private static boolean suspected(RegistrationFile file, @Nullable UUID claimant) {
        return claimant == null
                ? file.fraud() != null
                : file.claimant(claimant).orElseThrow().fraud() != null;
    }
}
