package nl.claimdesk.registration.signup;

import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import nl.claimdesk.campaign.CampaignSummary;
import nl.claimdesk.registration.Authority;
import nl.claimdesk.registration.RegistrationKind;
import nl.claimdesk.registration.eligibility.Countries;
import nl.claimdesk.registration.internal.ClaimantCheck;
import nl.claimdesk.registration.internal.ClaimantEntry;
import nl.claimdesk.registration.internal.ClassQuestions;
import nl.claimdesk.registration.internal.Registrant;
import nl.claimdesk.registration.internal.SignUp;
import nl.claimdesk.registration.internal.SignUpChecks;
import nl.claimdesk.registration.view.CheckView;
import nl.claimdesk.registration.view.Funnel;
import nl.claimdesk.registration.view.SummaryRow;
import nl.claimdesk.shared.Language;
import nl.claimdesk.web.FormErrors;
import nl.claimdesk.web.Page;
import nl.claimdesk.web.PageFactory;
import nl.claimdesk.web.SitePaths;
import nl.claimdesk.web.Texts;
import nl.claimdesk.web.Views;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The last page of the funnel: every answer once more with a way to change it, and the complete sign-up built
 * from the draft, every page checked again (a draft can be stale, or handcrafted).
 */
@Component
public class CheckAnswers {

    private final PageFactory pages;
    private final Validator validator;
    private final FunnelChecks funnelChecks;

    CheckAnswers(PageFactory pages, Validator validator, FunnelChecks funnelChecks) {
        this.pages = pages;
        this.validator = validator;
        this.funnelChecks = funnelChecks;
    }

    sealed interface Outcome {
        record Complete(SignUp signUp) implements Outcome {}

        /** Something on this page of the funnel needs fixing first. */
        record Incomplete(FunnelStep step) implements Outcome {}
    }

    Outcome complete(CampaignSummary campaign, SignUpDraft draft, Language language) {
        SignUpChecks checks = funnelChecks.of(campaign, language, draft);
        RegistrationKind kind = draft.kind();
        if (kind == null) {
            return new Outcome.Incomplete(FunnelStep.START);
        }
        if (!validator.validate(draft.registrant()).isEmpty()
                || !checks.registrant(draft.registrant(), FormErrors.none()).isEmpty()) {
            return new Outcome.Incomplete(FunnelStep.DETAILS);
        }
        Registrant registrant = checks.registrantOf(draft.registrant());
        List<ClaimantEntry> claimants = switch (kind) {
            case CHILDREN ->
                checks.children(draft.children(), ClaimantCheck.NEW).isEmpty()
                        ? checks.childrenOf(draft.children(), ClaimantCheck.NEW)
                        : null;
            case SELF ->
                checks.self(draft.use(), registrant.dateOfBirth()).isEmpty()
                        ? List.of(checks.selfOf(registrant, draft.use()))
                        : null;
            case SUPPORTER -> campaign.eligibility().supportersAllowed() ? List.of() : null;
        };
        if (claimants == null) {
            return new Outcome.Incomplete(
                    kind == RegistrationKind.SUPPORTER ? FunnelStep.START : FunnelStep.afterDetails(kind));
        }
        return new Outcome.Complete(
                new SignUp(campaign, kind, registrant, claimants, language, draft.idempotencyKey()));
    }

    ModelAndView page(
            Language language, CampaignSummary campaign, SignUpDraft draft, boolean acknowledged, FormErrors errors) {
        Texts t = pages.texts(language);
        String slug = campaign.slug();
        RegistrationKind kind = draft.kind() == null ? RegistrationKind.CHILDREN : draft.kind();
        String details = FunnelStep.DETAILS.path(language, slug);
        List<SummaryRow> registrant = new ArrayList<>(List.of(
                new SummaryRow(
                        t.get("check.kind"),
                        t.get("signUp.kind." + kind.name()),
                        FunnelStep.START.path(language, slug)),
                new SummaryRow(
                        t.get("check.name"),
                        draft.registrant().firstName() + " "
                                + draft.registrant().lastName(),
                        details),
                new SummaryRow(t.get("form.email"), draft.registrant().email(), details),
                new SummaryRow(
                        t.get("form.birth"),
                        typedDate(
                                draft.registrant().birthDay(),
                                draft.registrant().birthMonth(),
                                draft.registrant().birthYear(),
                                language),
                        details),
                new SummaryRow(t.get("form.postcode"), draft.registrant().postcode(), details),
                new SummaryRow(
                        t.get("form.country"),
                        Countries.known(draft.registrant().country())
                                ? Countries.name(draft.registrant().country(), language)
                                : "",
                        details)));
        List<CheckView.Section> claimants = new ArrayList<>();
        if (kind == RegistrationKind.CHILDREN) {
            String change = FunnelStep.CHILDREN.path(language, slug);
            for (var child : draft.children()) {
                List<SummaryRow> rows = new ArrayList<>(List.of(
                        new SummaryRow(t.get("check.name"), child.firstName() + " " + child.lastName(), change),
                        new SummaryRow(
                                t.get("form.birth"),
                                typedDate(child.birthDay(), child.birthMonth(), child.birthYear(), language),
                                change),
                        new SummaryRow(
                                t.get("check.use"),
                                period(
                                        t,
                                        when(t, child.startMonth(), child.startYear()),
                                        child.stillUsing(),
                                        when(t, child.endMonth(), child.endYear())),
                                change)));
                if (Countries.known(child.residence())) {
                    rows.add(new SummaryRow(
                            t.get("form.residence"), Countries.name(child.residence(), language), change));
                }
                Authority.of(child.authority())
                        .ifPresent(authority -> rows.add(new SummaryRow(
                                t.get("check.authority"), t.get("authority." + authority.name()), change)));
                claimants.add(new CheckView.Section(t.get("signUp.children.child", claimants.size() + 1), rows));
            }
        } else if (kind == RegistrationKind.SELF) {
            String change = FunnelStep.USE.path(language, slug);
            claimants.add(new CheckView.Section(
                    t.get("check.yourUse"),
                    List.of(new SummaryRow(
                            t.get("check.use"),
                            period(
                                    t,
                                    when(
                                            t,
                                            draft.use().startMonth(),
                                            draft.use().startYear()),
                                    draft.use().stillUsing(),
                                    when(t, draft.use().endMonth(), draft.use().endYear())),
                            change))));
        }
        int[] position = FunnelStep.position(FunnelStep.CHECK, kind);
        String back = kind == RegistrationKind.SUPPORTER
                ? details
                : FunnelStep.afterDetails(kind).path(language, slug);
        Funnel funnel = new Funnel(
                campaign.name(language), position[0], position[1], FunnelStep.CHECK.path(language, slug), back, errors);
        CheckView view = new CheckView(funnel, registrant, claimants, SitePaths.privacy(language, slug), acknowledged);
        Page page = pages.page(
                language,
                t.get("signUp.check.title") + " | " + campaign.name(language),
                lang -> FunnelStep.CHECK.path(lang, slug));
        return Views.render("registration/check", page, view);
    }

    private String typedDate(String day, String month, String year, Language language) {
        try {
            return LocalDate.of(
                            Integer.parseInt(year.strip()),
                            Integer.parseInt(month.strip()),
                            Integer.parseInt(day.strip()))
                    .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()));
        } catch (RuntimeException notADate) {
            return day + "-" + month + "-" + year;
        }
    }

    /** A year as typed, with the month before it where the class asked for one. */
    private static String when(Texts t, String month, String year) {
        return ClassQuestions.months(t, month).stream()
                .filter(choice -> choice.selected() && !choice.value().isEmpty())
                .map(choice -> choice.label() + " " + year.strip())
                .findFirst()
                .orElse(year);
    }

    private static String period(Texts t, String start, String stillUsing, String end) {
        return "yes".equals(stillUsing)
                ? t.get("check.period.ongoing", start.strip())
                : t.get("check.period", start.strip(), end.strip());
    }
}
