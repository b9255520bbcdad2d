package nl.claimdesk.registration.signup;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.claimdesk.campaign.CampaignSummary;
import nl.claimdesk.campaign.Campaigns;
import nl.claimdesk.infrastructure.AnswerPadding;
import nl.claimdesk.infrastructure.MailRequestLimits;
import nl.claimdesk.infrastructure.RateLimiter;
import nl.claimdesk.infrastructure.SealedCookies;
import nl.claimdesk.infrastructure.SecurityEvent;
import nl.claimdesk.registration.RegistrationKind;
import nl.claimdesk.registration.internal.FormFields;
import nl.claimdesk.registration.internal.RegistrationSettings;
import nl.claimdesk.registration.internal.SignUp;
import nl.claimdesk.registration.internal.SignUpChecks;
import nl.claimdesk.registration.mail.LinkPaths;
import nl.claimdesk.registration.view.ChildForm;
import nl.claimdesk.registration.view.RegistrantForm;
import nl.claimdesk.registration.view.SentView;
import nl.claimdesk.registration.view.UseForm;
import nl.claimdesk.shared.Language;
import nl.claimdesk.web.FormErrors;
import nl.claimdesk.web.Page;
import nl.claimdesk.web.PageFactory;
import nl.claimdesk.web.SitePaths;
import nl.claimdesk.web.Texts;
import nl.claimdesk.web.Views;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The sign-up funnel: who do you register, your details, the children or your own use, check and send. Each page
 * posts to itself; a valid answer moves on with a redirect, an invalid one shows the page again with the input kept
 * and the problems next to the fields. What was typed travels in a sealed cookie ({@link DraftCookie}).
 *
 * <p>Sending gets the same answer, in the same time, whatever happens to the sign-up behind it: stored and mailed,
 * stored without a mail because its address is over a rate limit, or dropped because a robot filled in the hidden
 * field (docs/adr/0009, docs/adr/0025).
 */
@Controller
class SignUpController {

    static final String SENT_COOKIE = "signup-sent";

    private final Campaigns campaigns;
    private final DraftCookie drafts;
    private final SealedCookies cookies;
    private final PageFactory pages;
    private final FunnelPages funnelPages;
    private final SignUps signUps;
    private final CheckAnswers answers;
    private final MailRequestLimits limits;
    private final AnswerPadding padding;
    private final Clock clock;
    private final Duration minimumFillTime;
    private final RateLimiter.Limit perIp;
    private final RateLimiter.Limit perAddress;

    SignUpController(
            Campaigns campaigns,
            DraftCookie drafts,
            SealedCookies cookies,
            PageFactory pages,
            FunnelPages funnelPages,
            SignUps signUps,
            CheckAnswers answers,
            MailRequestLimits limits,
            AnswerPadding padding,
            Clock clock,
            RegistrationSettings settings) {
        this.campaigns = campaigns;
        this.drafts = drafts;
        this.cookies = cookies;
        this.pages = pages;
        this.funnelPages = funnelPages;
        this.signUps = signUps;
        this.answers = answers;
        this.limits = limits;
        this.padding = padding;
        this.clock = clock;
        this.minimumFillTime = settings.signUp().minimumFillTime();
        this.perIp = new RateLimiter.Limit("sign-up-ip", settings.rateLimits().signUpPerIp(), Duration.ofMinutes(10));
        this.perAddress =
                new RateLimiter.Limit("sign-up-address", settings.rateLimits().signUpPerAddress(), Duration.ofHours(1));
    }

    // Step 1: who do you register?

    @GetMapping({"/nl/{slug}/aanmelden", "/en/{slug}/sign-up"})
    ModelAndView start(
            Language language, @PathVariable String slug, HttpServletRequest request, HttpServletResponse response) {
        CampaignSummary campaign = campaign(slug);
        if (!campaign.status().acceptsSignUps()) {
            return funnelPages.closed(language, campaign);
        }
        SignUpDraft draft = drafts.read(request, slug).orElseGet(() -> {
            SignUpDraft fresh = SignUpDraft.start(slug, clock.millis());
            drafts.write(response, fresh);
            return fresh;
        });
        return funnelPages.start(language, campaign, draft, FormErrors.none());
    }

    @PostMapping({"/nl/{slug}/aanmelden", "/en/{slug}/sign-up"})
    Object chooseKind(
            Language language, @PathVariable String slug, HttpServletRequest request, HttpServletResponse response) {
        CampaignSummary campaign = campaign(slug);
        if (!campaign.status().acceptsSignUps()) {
            return funnelPages.closed(language, campaign);
        }
        SignUpDraft draft = drafts.read(request, slug).orElseGet(() -> SignUpDraft.start(slug, clock.millis()));
        Optional<RegistrationKind> kind = funnelPages.allowedKinds(campaign).stream()
                .filter(allowed -> allowed.name().equals(request.getParameter("kind")))
                .findFirst();
        if (kind.isEmpty()) {
            return funnelPages.start(
                    language,
                    campaign,
                    draft,
                    FormErrors.none().add("kind", pages.texts(language).get("form.kind.missing")));
        }
        drafts.write(response, draft.withKind(kind.get()));
        return redirect(FunnelStep.DETAILS, language, slug);
    }

    // Step 2: your details.

    @GetMapping({"/nl/{slug}/aanmelden/gegevens", "/en/{slug}/sign-up/details"})
    Object details(Language language, @PathVariable String slug, HttpServletRequest request) {
        CampaignSummary campaign = openCampaign(slug);
        Optional<SignUpDraft> draft = drafts.read(request, slug).filter(found -> found.kind() != null);
        if (draft.isEmpty()) {
            return redirect(FunnelStep.START, language, slug);
        }
        return funnelPages.details(language, campaign, draft.get(), draft.get().registrant(), FormErrors.none());
    }

    @PostMapping({"/nl/{slug}/aanmelden/gegevens", "/en/{slug}/sign-up/details"})
    Object saveDetails(
            Language language, @PathVariable String slug, HttpServletRequest request, HttpServletResponse response) {
        CampaignSummary campaign = openCampaign(slug);
        Optional<SignUpDraft> found = drafts.read(request, slug).filter(draft -> draft.kind() != null);
        if (found.isEmpty()) {
            return redirect(FunnelStep.START, language, slug);
        }
        RegistrantForm form = new RegistrantForm(
                FormFields.field(request, "firstName"),
                FormFields.field(request, "lastName"),
                FormFields.field(request, "email"),
                FormFields.field(request, "birthDay"),
                FormFields.field(request, "birthMonth"),
                FormFields.field(request, "birthYear"),
                FormFields.field(request, "postcode"),
                FormFields.field(request, "country"));
        boolean robot = !FormFields.field(request, "website").isEmpty();
        SignUpDraft draft = found.get().withRegistrant(form, robot);
        drafts.write(response, draft);
        FormErrors errors = checks(campaign, language).registrant(form);
        if (!errors.isEmpty()) {
            return funnelPages.details(language, campaign, draft, form, errors);
        }
        return redirect(FunnelStep.afterDetails(kindOf(draft)), language, slug);
    }

    // Step 3a: the children.

    @GetMapping({"/nl/{slug}/aanmelden/kinderen", "/en/{slug}/sign-up/children"})
    Object children(Language language, @PathVariable String slug, HttpServletRequest request) {
        CampaignSummary campaign = openCampaign(slug);
        Optional<SignUpDraft> draft =
                drafts.read(request, slug).filter(found -> found.kind() == RegistrationKind.CHILDREN);
        if (draft.isEmpty()) {
            return redirect(FunnelStep.START, language, slug);
        }
        return funnelPages.children(language, campaign, draft.get(), FormErrors.none());
    }

    @PostMapping({"/nl/{slug}/aanmelden/kinderen", "/en/{slug}/sign-up/children"})
    Object saveChildren(
            Language language, @PathVariable String slug, HttpServletRequest request, HttpServletResponse response) {
        CampaignSummary campaign = openCampaign(slug);
        Optional<SignUpDraft> found =
                drafts.read(request, slug).filter(draft -> draft.kind() == RegistrationKind.CHILDREN);
        if (found.isEmpty()) {
            return redirect(FunnelStep.START, language, slug);
        }
        SignUpDraft draft = found.get()
                .withChildren(
                        childrenIn(request, found.get().children().size()),
                        "yes".equals(FormFields.field(request, "authority")));
        String action = FormFields.field(request, "action");
        if (action.equals("add")) {
            draft = draft.withAnotherChild();
        } else if (action.startsWith("remove-")) {
            draft = draft.withoutChild(parseIndex(action.substring("remove-".length())));
        }
        drafts.write(response, draft);
        if (!action.equals("continue")) {
            return funnelPages.children(language, campaign, draft, FormErrors.none());
        }
        FormErrors errors = checks(campaign, language).children(draft.children(), draft.authorityDeclared());
        if (!errors.isEmpty()) {
            return funnelPages.children(language, campaign, draft, errors);
        }
        return redirect(FunnelStep.CHECK, language, slug);
    }

    // Step 3b: your own use.

    @GetMapping({"/nl/{slug}/aanmelden/gebruik", "/en/{slug}/sign-up/use"})
    Object use(Language language, @PathVariable String slug, HttpServletRequest request) {
        CampaignSummary campaign = openCampaign(slug);
        Optional<SignUpDraft> draft = drafts.read(request, slug).filter(found -> found.kind() == RegistrationKind.SELF);
        if (draft.isEmpty()) {
            return redirect(FunnelStep.START, language, slug);
        }
        return funnelPages.use(language, campaign, draft.get(), FormErrors.none());
    }

    @PostMapping({"/nl/{slug}/aanmelden/gebruik", "/en/{slug}/sign-up/use"})
    Object saveUse(
            Language language, @PathVariable String slug, HttpServletRequest request, HttpServletResponse response) {
        CampaignSummary campaign = openCampaign(slug);
        Optional<SignUpDraft> found = drafts.read(request, slug).filter(draft -> draft.kind() == RegistrationKind.SELF);
        if (found.isEmpty()) {
            return redirect(FunnelStep.START, language, slug);
        }
        if (FormFields.field(request, "action").equals("supporter")
                && campaign.eligibility().supportersAllowed()) {
            drafts.write(response, found.get().withKind(RegistrationKind.SUPPORTER));
            return redirect(FunnelStep.CHECK, language, slug);
        }
        SignUpDraft draft = found.get()
                .withUse(new UseForm(
                        FormFields.field(request, "startYear"),
                        FormFields.field(request, "stillUsing"),
                        FormFields.field(request, "endYear")));
        drafts.write(response, draft);
        SignUpChecks checks = checks(campaign, language);
        Optional<LocalDate> birth = checks.date(SignUpChecks.birthDate(draft.registrant()));
        if (birth.isEmpty()) {
            return redirect(FunnelStep.DETAILS, language, slug);
        }
        FormErrors errors = checks.self(draft.use(), birth.get());
        if (!errors.isEmpty()) {
            return funnelPages.use(language, campaign, draft, errors);
        }
        return redirect(FunnelStep.CHECK, language, slug);
    }

    // Step 4: check your answers and send.

    @GetMapping({"/nl/{slug}/aanmelden/controleren", "/en/{slug}/sign-up/check"})
    Object check(Language language, @PathVariable String slug, HttpServletRequest request) {
        CampaignSummary campaign = openCampaign(slug);
        Optional<SignUpDraft> draft = drafts.read(request, slug).filter(found -> found.kind() != null);
        if (draft.isEmpty()) {
            return redirect(FunnelStep.START, language, slug);
        }
        return answers.page(language, campaign, draft.get(), false, FormErrors.none());
    }

    @PostMapping({"/nl/{slug}/aanmelden/controleren", "/en/{slug}/sign-up/check"})
    Object send(
            Language language, @PathVariable String slug, HttpServletRequest request, HttpServletResponse response) {
        long started = System.nanoTime();
        CampaignSummary campaign = openCampaign(slug);
        Optional<SignUpDraft> found = drafts.read(request, slug).filter(draft -> draft.kind() != null);
        if (found.isEmpty()) {
            return redirect(FunnelStep.START, language, slug);
        }
        SignUpDraft draft = found.get();
        CheckAnswers.Outcome outcome = answers.complete(campaign, draft, language);
        if (outcome instanceof CheckAnswers.Outcome.Incomplete incomplete) {
            return redirect(incomplete.step(), language, slug);
        }
        SignUp signUp = ((CheckAnswers.Outcome.Complete) outcome).signUp();
        Texts t = pages.texts(language);
        boolean acknowledged = "yes".equals(FormFields.field(request, "privacy"));
        if (!acknowledged) {
            return answers.page(
                    language, campaign, draft, false, FormErrors.none().add("privacy", t.get("form.privacy.missing")));
        }
        if (clock.millis() - draft.startedAt() < minimumFillTime.toMillis()) {
            return answers.page(
                    language, campaign, draft, true, FormErrors.none().add("privacy", t.get("form.tooFast")));
        }
        if (draft.suspicious()) {
            SecurityEvent.SIGN_UP_DISCARDED.log("reason", "honeypot");
        } else {
            // Both limits count every sign-up, also when the first one is already over.
            boolean ipAllows = limits.allowsMail(perIp, request.getRemoteAddr());
            boolean addressAllows =
                    limits.allowsMail(perAddress, signUp.registrant().email().normalised());
            if (ipAllows && addressAllows) {
                signUps.submit(signUp);
            } else {
                signUps.submitWithoutMail(signUp);
            }
        }
        drafts.clear(response);
        cookies.write(response, SENT_COOKIE, signUp.registrant().email().value(), Duration.ofHours(1));
        return padding.noSoonerThan(started, redirect(FunnelStep.SENT, language, slug));
    }

    @GetMapping({"/nl/{slug}/aanmelden/verstuurd", "/en/{slug}/sign-up/sent"})
    Object sent(Language language, @PathVariable String slug, HttpServletRequest request) {
        CampaignSummary campaign = campaign(slug);
        Optional<String> email = cookies.read(request, SENT_COOKIE);
        if (email.isEmpty()) {
            return "redirect:" + SitePaths.campaign(language, slug);
        }
        Texts t = pages.texts(language);
        Page page = pages.page(language, t.get("signUp.sent.title"), lang -> FunnelStep.SENT.path(lang, slug));
        SentView view = new SentView(campaign.name(language), email.get(), LinkPaths.confirmationRequest(language));
        return Views.render("registration/sent", page, view);
    }

    private SignUpChecks checks(CampaignSummary campaign, Language language) {
        return new SignUpChecks(campaign, pages.texts(language), LocalDate.now(clock));
    }

    private CampaignSummary campaign(String slug) {
        return campaigns.bySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** A funnel page after the first: a closed campaign sends the visitor back to the first page, which says so. */
    private CampaignSummary openCampaign(String slug) {
        CampaignSummary campaign = campaign(slug);
        if (!campaign.status().acceptsSignUps()) {
            throw new ResponseStatusException(HttpStatus.GONE);
        }
        return campaign;
    }

    private static RegistrationKind kindOf(SignUpDraft draft) {
        RegistrationKind kind = draft.kind();
        if (kind == null) {
            throw new IllegalStateException("no kind chosen");
        }
        return kind;
    }

    private static List<ChildForm> childrenIn(HttpServletRequest request, int count) {
        List<ChildForm> children = new ArrayList<>();
        for (int i = 0; i < Math.min(count, SignUpDraft.MAXIMUM_CHILDREN); i++) {
            children.add(FormFields.child(request, i));
        }
        return children;
    }

    private static int parseIndex(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String redirect(FunnelStep step, Language language, String slug) {
        return "redirect:" + step.path(language, slug);
    }
}
