package nl.claimdesk.dossier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.audit.AuditLog;
import nl.claimdesk.dossier.internal.Acceptances;
import nl.claimdesk.dossier.view.ErasureView;
import nl.claimdesk.dossier.view.PreferencesView;
import nl.claimdesk.email.MailHistory;
import nl.claimdesk.email.MailPreferences;
import nl.claimdesk.identity.Accounts;
import nl.claimdesk.identity.Participants;
import nl.claimdesk.news.NewsArchive;
import nl.claimdesk.payout.Payouts;
import nl.claimdesk.registration.RegistrationRecord;
import nl.claimdesk.registration.RegistrationSummary;
import nl.claimdesk.registration.Registrations;
import nl.claimdesk.web.Page;
import nl.claimdesk.web.PageFactory;
import nl.claimdesk.web.Texts;
import nl.claimdesk.web.Views;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The participant's privacy rights, self-service: download all their data, erase it, choose whether news comes. */
@Controller
class PrivacyController {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Participants participants;
    private final Accounts accounts;
    private final Registrations registrations;
    private final Acceptances acceptances;
    private final MailHistory mails;
    private final MailPreferences preferences;
    private final NewsArchive news;
    private final Erasure erasure;
    private final Payouts payouts;
    private final AuditLog audit;
    private final PageFactory pages;
    private final Clock clock;

    PrivacyController(
            Participants participants,
            Accounts accounts,
            Registrations registrations,
            Acceptances acceptances,
            MailHistory mails,
            MailPreferences preferences,
            NewsArchive news,
            Erasure erasure,
            Payouts payouts,
            AuditLog audit,
            PageFactory pages,
            Clock clock) {
        this.participants = participants;
        this.accounts = accounts;
        this.registrations = registrations;
        this.acceptances = acceptances;
        this.mails = mails;
        this.preferences = preferences;
        this.news = news;
        this.erasure = erasure;
        this.payouts = payouts;
        this.audit = audit;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping("/dossier/my-data")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String lang, HttpServletRequest request) {
        Participants.Current participant = participants.current(lang);
        List<RegistrationRecord> own = registrations.export(participant.id());
        PersonalData data = new PersonalData(
                OffsetDateTime.now(clock),
                accounts.export(participant.id()),
                preferences.wantsNews(participant.id().value()),
                own,
                acceptances.ofAccount(participant.id().value()),
                mails.of(participant.id().value()),
                news.listedFor(participant.id().value()),
                payouts.export(own.stream()
                        .flatMap(record -> record.registration().claimants().stream())
                        .map(RegistrationSummary.Claimant::id)
                        .toList()));
        audit.record(
                Actor.participant(participant.id()),
                request.getRemoteAddr(),
                "participant.exported",
                "account",
                participant.id(),
                null);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("mijn-gegevens.json")
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(JSON.writeValueAsBytes(data));
    }

    @GetMapping("/dossier/erase")
    ModelAndView confirmErasure(@RequestParam(required = false) String lang) {
        Participants.Current participant = participants.current(lang);
        ErasureView view = new ErasureView(
                participant.link("/dossier/erase"), participant.link("/dossier"), false, List.of(), List.of());
        return render(participant, "dossier/erase", view);
    }

    @PostMapping("/dossier/erase")
    ModelAndView erase(
            @RequestParam(required = false) String lang, HttpServletRequest request, HttpServletResponse response) {
        Participants.Current participant = participants.current(lang);
        Erasure.Outcome outcome = erasure.erase(participant, request.getRemoteAddr());
        new SecurityContextLogoutHandler()
                .logout(request, response, SecurityContextHolder.getContext().getAuthentication());
        ErasureView view =
                new ErasureView("", "/" + participant.language().code(), true, outcome.erased(), outcome.kept());
        return render(participant, "dossier/erase", view);
    }

    @GetMapping("/dossier/preferences")
    ModelAndView preferences(@RequestParam(required = false) String lang) {
        Participants.Current participant = participants.current(lang);
        PreferencesView view = new PreferencesView(
                participant.link("/dossier/preferences"),
                participant.link("/dossier"),
                preferences.wantsNews(participant.id().value()));
        return render(participant, "dossier/preferences", view);
    }

    @PostMapping("/dossier/preferences")
    String savePreferences(
            @RequestParam(required = false) String lang,
            @ModelAttribute NewsPreferenceForm form,
            HttpServletRequest request) {
        Participants.Current participant = participants.current(lang);
        boolean news = form.wantsNews();
        preferences.setNews(participant.id().value(), news);
        audit.record(
                Actor.participant(participant.id()),
                request.getRemoteAddr(),
                "participant.news-" + (news ? "on" : "off"),
                "account",
                participant.id(),
                null);
        return "redirect:" + participant.link("/dossier") + "&done=news";
    }

    private ModelAndView render(Participants.Current participant, String template, Object view) {
        Texts t = pages.texts(participant.language());
        String key = template.equals("dossier/erase") ? "erase.title" : "preferences.title";
        Page page = pages.page(participant.language(), t.get(key), other -> "/dossier?lang=" + other.code());
        return Views.render(template, page, view);
    }
}
