package nl.claimdesk.registration.signup;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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
import nl.claimdesk.registration.internal.ClaimantCheck;
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
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
    private final FunnelChecks funnelChecks;
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
            FunnelChecks funnelChecks,
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
        this.funnelChecks = funnelChecks;
        this.minimumFillTime = settings.signUp().minimumFillTime();
        this.perIp = new RateLimiter.Limit("sign-up-ip", settings.rateLimits().signUpPerIp(), Duration.ofMinutes(10));
        this.perAddress =
                new RateLimiter.Limit("sign-up-address", settings.rateLimits().signUpPerAddress(), Duration.ofHours(1));
    }

    // Step 1: who do you register?

    @GetMapping({FunnelStep.START_NL, FunnelStep.START_EN})
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

    @PostMapping({FunnelStep.START_NL, FunnelStep.START_EN})
    Object chooseKind(
            Language language,
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable String kind,
            HttpServletRequest request,
            HttpServletResponse response) {
        CampaignSummary campaign = campaign(slug);
        if (!campaign.status().acceptsSignUps()) {
            return funnelPages.closed(language, campaign);
        }
        SignUpDraft draft = drafts.read(request, slug).orElseGet(() -> SignUpDraft.start(slug, clock.millis()));
        Optional<RegistrationKind> chosen = funnelPages.allowedKinds(campaign).stream()
                .filter(allowed -> allowed.name().equals(kind))
                .findFirst();
        if (chosen.isEmpty()) {
            return funnelPages.start(
                    language,
                    campaign,
                    draft,
                    FormErrors.none().add("kind", pages.texts(language).get("form.kind.missing")));
        }
        drafts.write(response, draft.withKind(chosen.get()));
        return redirect(FunnelStep.DETAILS, language, slug);
    }

    /** A funnel page after the first without a draft to continue: the visitor starts again. */
    @ExceptionHandler(FunnelDraft.Missing.class)
    String restart(FunnelDraft.Missing missing, Language language) {
        return redirect(FunnelStep.START, language, missing.slug());
    }

    // Step 2: your details.

    @GetMapping({FunnelStep.DETAILS_NL, FunnelStep.DETAILS_EN})
    ModelAndView details(Language language, FunnelDraft funnel) {
        return funnelPages.details(
                language, funnel.campaign(), funnel.draft(), funnel.draft().registrant(), FormErrors.none());
    }

    @PostMapping({FunnelStep.DETAILS_NL, FunnelStep.DETAILS_EN})
    Object saveDetails(
            Language language,
            FunnelDraft funnel,
            @Valid @ModelAttribute RegistrantForm form,
            BindingResult bound,
            @RequestParam(defaultValue = "") String website,
            HttpServletResponse response) {
        SignUpDraft draft = funnel.draft().withRegistrant(form, !website.isEmpty());
        drafts.write(response, draft);
        FormErrors errors =
                checks(funnel.campaign(), language).registrant(form, FormErrors.of(bound, pages.texts(language)));
        if (!errors.isEmpty()) {
            return funnelPages.details(language, funnel.campaign(), draft, form, errors);
        }
        return redirect(FunnelStep.afterDetails(kindOf(draft)), language, funnel.slug());
    }

    // Step 3a: the children.

    @GetMapping({FunnelStep.CHILDREN_NL, FunnelStep.CHILDREN_EN})
    ModelAndView children(Language language, @FunnelDraft.Of(RegistrationKind.CHILDREN) FunnelDraft funnel) {
        return funnelPages.children(language, funnel.campaign(), funnel.draft(), FormErrors.none());
    }

    @PostMapping({FunnelStep.CHILDREN_NL, FunnelStep.CHILDREN_EN})
    Object saveChildren(
            Language language,
            @FunnelDraft.Of(RegistrationKind.CHILDREN) FunnelDraft funnel,
            @RequestParam(defaultValue = "") String action,
            HttpServletRequest request,
            HttpServletResponse response) {
        CampaignSummary campaign = funnel.campaign();
        SignUpDraft draft = funnel.draft()
                .withChildren(childrenIn(request, funnel.draft().children().size()));
        if (action.equals("add")) {
            draft = draft.withAnotherChild();
        } else if (action.startsWith("remove-")) {
            draft = draft.withoutChild(parseIndex(action.substring("remove-".length())));
        }
        if (action.equals("supporter") && campaign.eligibility().supportersAllowed()) {
            drafts.write(response, draft.withKind(RegistrationKind.SUPPORTER));
            return redirect(FunnelStep.CHECK, language, funnel.slug());
        }
        drafts.write(response, draft);
        if (!action.equals("continue")) {
            return funnelPages.children(language, campaign, draft, FormErrors.none());
        }
        FormErrors errors = funnelChecks.of(campaign, language, draft).children(draft.children(), ClaimantCheck.NEW);
        if (!errors.isEmpty()) {
            return funnelPages.children(language, campaign, draft, errors);
        }
        return redirect(FunnelStep.CHECK, language, funnel.slug());
    }

    // Step 3b: your own use.

    @GetMapping({FunnelStep.USE_NL, FunnelStep.USE_EN})
    ModelAndView use(Language language, @FunnelDraft.Of(RegistrationKind.SELF) FunnelDraft funnel) {
        return funnelPages.use(language, funnel.campaign(), funnel.draft(), FormErrors.none());
    }

    @PostMapping({FunnelStep.USE_NL, FunnelStep.USE_EN})
    Object saveUse(
            Language language,
            @FunnelDraft.Of(RegistrationKind.SELF) FunnelDraft funnel,
            @ModelAttribute UseForm form,
            @RequestParam(defaultValue = "") String action,
            HttpServletResponse response) {
        CampaignSummary campaign = funnel.campaign();
        if (action.equals("supporter") && campaign.eligibility().supportersAllowed()) {
            drafts.write(response, funnel.draft().withKind(RegistrationKind.SUPPORTER));
            return redirect(FunnelStep.CHECK, language, funnel.slug());
        }
        SignUpDraft draft = funnel.draft().withUse(form);
        drafts.write(response, draft);
        SignUpChecks checks = funnelChecks.of(campaign, language, draft);
        Optional<LocalDate> birth = checks.date(SignUpChecks.birthDate(draft.registrant()));
        if (birth.isEmpty()) {
            return redirect(FunnelStep.DETAILS, language, funnel.slug());
        }
        FormErrors errors = checks.self(draft.use(), birth.get());
        if (!errors.isEmpty()) {
            return funnelPages.use(language, campaign, draft, errors);
        }
        return redirect(FunnelStep.CHECK, language, funnel.slug());
    }

    // Step 4: check your answers and send.

    @GetMapping({FunnelStep.CHECK_NL, FunnelStep.CHECK_EN})
    ModelAndView check(Language language, FunnelDraft funnel) {
        return answers.page(language, funnel.campaign(), funnel.draft(), false, FormErrors.none());
    }

    @PostMapping({FunnelStep.CHECK_NL, FunnelStep.CHECK_EN})
    Object send(
            Language language,
            FunnelDraft funnel,
            @RequestParam(defaultValue = "") String privacy,
            HttpServletRequest request,
            HttpServletResponse response) {
        long started = System.nanoTime();
        CampaignSummary campaign = funnel.campaign();
        SignUpDraft draft = funnel.draft();
        CheckAnswers.Outcome outcome = answers.complete(campaign, draft, language);
        if (outcome instanceof CheckAnswers.Outcome.Incomplete incomplete) {
            return redirect(incomplete.step(), language, funnel.slug());
        }
        SignUp signUp = ((CheckAnswers.Outcome.Complete) outcome).signUp();
        Texts t = pages.texts(language);
        if (!"yes".equals(privacy)) {
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
        return padding.noSoonerThan(started, redirect(FunnelStep.SENT, language, funnel.slug()));
    }

    @GetMapping({FunnelStep.SENT_NL, FunnelStep.SENT_EN})
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
