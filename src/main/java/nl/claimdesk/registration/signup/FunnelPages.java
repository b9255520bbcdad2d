package nl.claimdesk.registration.signup;

import java.util.ArrayList;
import java.util.List;
import nl.claimdesk.campaign.CampaignSummary;
import nl.claimdesk.registration.RegistrationKind;
import nl.claimdesk.registration.internal.ClassQuestions;
import nl.claimdesk.registration.view.ChildForm;
import nl.claimdesk.registration.view.ChildrenView;
import nl.claimdesk.registration.view.ClassFields;
import nl.claimdesk.registration.view.ClosedView;
import nl.claimdesk.registration.view.DetailsView;
import nl.claimdesk.registration.view.Funnel;
import nl.claimdesk.registration.view.RegistrantForm;
import nl.claimdesk.registration.view.StartView;
import nl.claimdesk.registration.view.UseView;
import nl.claimdesk.shared.Language;
import nl.claimdesk.web.Choice;
import nl.claimdesk.web.FormErrors;
import nl.claimdesk.web.Page;
import nl.claimdesk.web.PageFactory;
import nl.claimdesk.web.SitePaths;
import nl.claimdesk.web.Texts;
import nl.claimdesk.web.Views;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/** The pages of the sign-up funnel: each step's form with what was typed, the problems, and where it stands. */
@Component
class FunnelPages {

    private final PageFactory pages;
    private final FunnelChecks checks;

    FunnelPages(PageFactory pages, FunnelChecks checks) {
        this.pages = pages;
        this.checks = checks;
    }

    ModelAndView start(Language language, CampaignSummary campaign, SignUpDraft draft, FormErrors errors) {
        Texts t = pages.texts(language);
        List<Choice> kinds = new ArrayList<>();
        for (RegistrationKind kind : allowedKinds(campaign)) {
            kinds.add(new Choice(
                    kind.name(),
                    t.get("signUp.kind." + kind.name()),
                    t.get(
                            "signUp.kind." + kind.name() + ".hint",
                            campaign.defendant(),
                            campaign.eligibility().majorityAge()),
                    kind == draft.kind()));
        }
        Funnel funnel = funnel(
                language, campaign, FunnelStep.START, draft, SitePaths.campaign(language, campaign.slug()), errors);
        return render(
                "registration/start",
                language,
                campaign,
                FunnelStep.START,
                t.get("signUp.start.title"),
                new StartView(funnel, kinds));
    }

    ModelAndView details(
            Language language, CampaignSummary campaign, SignUpDraft draft, RegistrantForm form, FormErrors errors) {
        Texts t = pages.texts(language);
        List<Choice> countries = ClassQuestions.residences(language, form.country());
        Funnel funnel = funnel(
                language,
                campaign,
                FunnelStep.DETAILS,
                draft,
                FunnelStep.START.path(language, campaign.slug()),
                errors);
        return render(
                "registration/details",
                language,
                campaign,
                FunnelStep.DETAILS,
                t.get("signUp.details.title"),
                new DetailsView(funnel, form, countries));
    }

    ModelAndView children(Language language, CampaignSummary campaign, SignUpDraft draft, FormErrors errors) {
        Texts t = pages.texts(language);
        Funnel funnel = funnel(
                language,
                campaign,
                FunnelStep.CHILDREN,
                draft,
                FunnelStep.DETAILS.path(language, campaign.slug()),
                errors);
        ClassQuestions questions = checks.of(campaign, language, draft).classQuestions();
        List<ClassFields> classFields = new ArrayList<>();
        boolean refused = false;
        for (int i = 0; i < draft.children().size(); i++) {
            ChildForm child = draft.children().get(i);
            String prefix = "child-" + i + "-";
            String residence = child.residence().isBlank() ? draft.registrant().country() : child.residence();
            classFields.add(questions.fields(prefix, child.startMonth(), child.endMonth(), residence, errors));
            refused |= errors.has(prefix + "use") || errors.has(prefix + "residence");
        }
        ChildrenView view = new ChildrenView(
                funnel,
                draft.children(),
                classFields,
                draft.children().size() < SignUpDraft.MAXIMUM_CHILDREN,
                campaign.defendant(),
                refused && campaign.eligibility().supportersAllowed());
        return render(
                "registration/children", language, campaign, FunnelStep.CHILDREN, t.get("signUp.children.title"), view);
    }

    ModelAndView use(Language language, CampaignSummary campaign, SignUpDraft draft, FormErrors errors) {
        Texts t = pages.texts(language);
        Funnel funnel = funnel(
                language, campaign, FunnelStep.USE, draft, FunnelStep.DETAILS.path(language, campaign.slug()), errors);
        String refusal = errors.get("use");
        UseView view = new UseView(
                funnel,
                draft.use(),
                campaign.defendant(),
                refusal,
                refusal != null && campaign.eligibility().supportersAllowed(),
                checks.of(campaign, language, draft)
                        .classQuestions()
                        .fields("", draft.use().startMonth(), draft.use().endMonth(), null, errors));
        return render(
                "registration/use",
                language,
                campaign,
                FunnelStep.USE,
                t.get("signUp.use.title", campaign.defendant()),
                view);
    }

    ModelAndView closed(Language language, CampaignSummary campaign) {
        Texts t = pages.texts(language);
        ClosedView view = new ClosedView(
                campaign.name(language),
                t.get("status." + campaign.status().name()),
                SitePaths.campaign(language, campaign.slug()),
                SitePaths.logIn(language));
        Page page = pages.page(
                language, t.get("signUp.closed.title"), lang -> FunnelStep.START.path(lang, campaign.slug()));
        return Views.render("registration/closed", page, view);
    }

    private ModelAndView render(
            String template, Language language, CampaignSummary campaign, FunnelStep step, String title, Object view) {
        String fullTitle = title + " | " + campaign.name(language);
        Page page = pages.page(language, fullTitle, lang -> step.path(lang, campaign.slug()));
        return Views.render(template, page, view);
    }

    private Funnel funnel(
            Language language,
            CampaignSummary campaign,
            FunnelStep step,
            SignUpDraft draft,
            @Nullable String back,
            FormErrors errors) {
        int[] position = FunnelStep.position(step, draft.kind() == null ? RegistrationKind.CHILDREN : draft.kind());
        return new Funnel(
                campaign.name(language), position[0], position[1], step.path(language, campaign.slug()), back, errors);
    }

    List<RegistrationKind> allowedKinds(CampaignSummary campaign) {
        List<RegistrationKind> kinds = new ArrayList<>(List.of(RegistrationKind.CHILDREN, RegistrationKind.SELF));
        if (campaign.eligibility().supportersAllowed()) {
            kinds.add(RegistrationKind.SUPPORTER);
        }
        return kinds;
    }
}
