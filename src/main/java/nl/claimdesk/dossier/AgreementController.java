package nl.claimdesk.dossier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import nl.claimdesk.campaign.CampaignSummary;
import nl.claimdesk.campaign.Campaigns;
import nl.claimdesk.dossier.internal.Acceptances;
import nl.claimdesk.dossier.view.AgreementView;
import nl.claimdesk.identity.Participants;
import nl.claimdesk.registration.RegistrationSummary;
import nl.claimdesk.registration.Registrations;
import nl.claimdesk.shared.Markdown;
import nl.claimdesk.web.FormErrors;
import nl.claimdesk.web.Page;
import nl.claimdesk.web.PageFactory;
import nl.claimdesk.web.Texts;
import nl.claimdesk.web.Views;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/** Accepting the participation agreement per claimant, and downloading the signed agreement as PDF. */
@Controller
class AgreementController {

    private static final String ACCEPT = "/dossier/registrations/{registration}/claimants/{claimant}/agreement";

    private final Participants participants;
    private final Registrations registrations;
    private final Campaigns campaigns;
    private final Agreements agreements;
    private final Acceptances acceptances;
    private final Participation participation;
    private final PageFactory pages;
    private final Clock clock;

    AgreementController(
            Participants participants,
            Registrations registrations,
            Campaigns campaigns,
            Agreements agreements,
            Acceptances acceptances,
            Participation participation,
            PageFactory pages,
            Clock clock) {
        this.clock = clock;
        this.participants = participants;
        this.registrations = registrations;
        this.campaigns = campaigns;
        this.agreements = agreements;
        this.acceptances = acceptances;
        this.participation = participation;
        this.pages = pages;
    }

    @GetMapping(ACCEPT)
    ModelAndView show(
            @PathVariable UUID registration, @PathVariable UUID claimant, @RequestParam(required = false) String lang) {
        Signable signable = signable(registration, claimant, lang);
        Optional<String> refused = refused(signable);
        if (refused.isPresent()) {
            return new ModelAndView(refused.get());
        }
        return page(signable, "", FormErrors.none());
    }

    @PostMapping(ACCEPT)
    Object accept(
            @PathVariable UUID registration,
            @PathVariable UUID claimant,
            @RequestParam(required = false) String lang,
            @Valid @ModelAttribute AgreementForm form,
            BindingResult bound,
            HttpServletRequest request) {
        Signable signable = signable(registration, claimant, lang);
        Optional<String> refused = refused(signable);
        if (refused.isPresent()) {
            return refused.get();
        }
        Texts t = signable.t();
        FormErrors errors = FormErrors.of(bound, t);
        boolean declared = form.authorityDeclared();
        if (signable.claimant().child() && !declared) {
            errors.add("authority", t.get("form.authority.missing"));
        }
        boolean sameText = signable.version().id().toString().equals(form.version())
                && signable.version()
                        .fingerprint(signable.participant().language())
                        .equals(form.fingerprint());
        if (!sameText) {
            errors.add("accept", t.get("agreement.changed"));
        }
        if (!errors.isEmpty()) {
            return page(signable, form.signer(), errors);
        }
        String userAgent = request.getHeader(HttpHeaders.USER_AGENT);
        participation.accept(
                signable.participant().account(),
                signable.campaign(),
                signable.registration(),
                signable.claimant(),
                signable.version(),
                new Participation.Signing(
                        form.signer(),
                        declared,
                        request.getRemoteAddr(),
                        userAgent == null ? "" : userAgent,
                        signable.participant().language()),
                campaigns.feeInWords(signable.campaign(), t));
        return "redirect:" + signable.participant().link("/dossier") + "#registration-" + registration;
    }

    @GetMapping("/dossier/registrations/{registration}/agreement.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID registration, @RequestParam(required = false) String lang) {
        Participants.Current participant = participants.current(lang);
        RegistrationSummary found = registrations
                .owned(participant.id(), registration)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (acceptances.ofRegistration(registration).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        CampaignSummary campaign = campaigns.byId(found.campaign()).orElseThrow();
        byte[] pdf = participation.pdf(campaign, found, participant.language());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(Participation.fileName(found))
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf);
    }

    private ModelAndView page(Signable signable, String signer, FormErrors errors) {
        Texts t = signable.t();
        Participants.Current participant = signable.participant();
        String name = signable.claimant().name().strip();
        String path = "/dossier/registrations/" + signable.registration().id() + "/claimants/"
                + signable.claimant().id() + "/agreement";
        AgreementView view = new AgreementView(
                t.get("agreement.title", name),
                name,
                signable.claimant().child(),
                campaigns.feeInWords(signable.campaign(), t),
                Markdown.toHtml(signable.version().text(participant.language()), 2),
                signable.version().version(),
                signable.version().id().toString(),
                signable.version().fingerprint(participant.language()),
                participant.link(path),
                participant.link("/dossier"),
                signer,
                errors);
        Page page = pages.page(participant.language(), view.heading(), other -> path + "?lang=" + other.code());
        return Views.render("dossier/agreement", page, view);
    }

    /** The claimant whose agreement is to be accepted, if the participant may (still) do so. */
    /**
     * Back to Mijn dossier with why, when the registrant may not sign for the claimant: frozen by an objection, or of
     * age (docs/adr/0048).
     */
    private Optional<String> refused(Signable signable) {
        return signable.claimant()
                .registrantMayNotAct(
                        LocalDate.now(clock), signable.campaign().eligibility().majorityAge())
                .map(why -> "redirect:" + signable.participant().link("/dossier") + "&done=" + why);
    }

    private Signable signable(UUID registration, UUID claimant, @Nullable String lang) {
        Participants.Current participant = participants.current(lang);
        RegistrationSummary found = registrations
                .owned(participant.id(), registration)
                .filter(summary -> !summary.withdrawn())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        RegistrationSummary.Claimant person = found.claimants().stream()
                .filter(candidate ->
                        candidate.id().equals(claimant) && !candidate.withdrawn() && !candidate.completed())
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        CampaignSummary campaign = campaigns.byId(found.campaign()).orElseThrow();
        AgreementVersion version =
                agreements.current(campaign.id()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return new Signable(participant, found, person, campaign, version, pages.texts(participant.language()));
    }

    private record Signable(
            Participants.Current participant,
            RegistrationSummary registration,
            RegistrationSummary.Claimant claimant,
            CampaignSummary campaign,
            AgreementVersion version,
            Texts t) {}
}
