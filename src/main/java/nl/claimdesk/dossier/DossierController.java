package nl.claimdesk.dossier;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import nl.claimdesk.campaign.CampaignSummary;
import nl.claimdesk.campaign.Campaigns;
import nl.claimdesk.dossier.view.DossierView;
import nl.claimdesk.identity.Account;
import nl.claimdesk.identity.AccountId;
import nl.claimdesk.identity.Accounts;
import nl.claimdesk.identity.ParticipantSessions;
import nl.claimdesk.registration.RegistrationSummary;
import nl.claimdesk.registration.Registrations;
import nl.claimdesk.shared.Language;
import nl.claimdesk.web.PageFactory;
import nl.claimdesk.web.SitePaths;
import nl.claimdesk.web.Texts;
import nl.claimdesk.web.Views;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/** The first page of Mijn dossier, in the participant's language unless they ask for the other one. */
@Controller
class DossierController {

    private final Accounts accounts;
    private final Registrations registrations;
    private final Campaigns campaigns;
    private final PageFactory pages;

    DossierController(Accounts accounts, Registrations registrations, Campaigns campaigns, PageFactory pages) {
        this.accounts = accounts;
        this.registrations = registrations;
        this.campaigns = campaigns;
        this.pages = pages;
    }

    @GetMapping("/dossier")
    ModelAndView dossier(@RequestParam(name = "lang", required = false) String lang) {
        AccountId accountId =
                ParticipantSessions.current().orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
        Account account = accounts.find(accountId).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
        Language language =
                lang == null ? account.language() : Language.fromCode(lang).orElse(account.language());
        Texts t = pages.texts(language);
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
        List<DossierView.RegistrationCard> cards = registrations.of(accountId).stream()
                .map(registration -> card(registration, language, t, dates))
                .toList();
        DossierView view = new DossierView(account.email().value(), cards);
        return Views.render(
                "dossier/dossier",
                pages.page(language, t.get("dossier.title"), other -> "/dossier?lang=" + other.code()),
                view);
    }

    private DossierView.RegistrationCard card(
            RegistrationSummary registration, Language language, Texts t, DateTimeFormatter dates) {
        CampaignSummary campaign = campaigns.byId(registration.campaign()).orElseThrow();
        List<DossierView.ClaimantLine> claimants = registration.claimants().stream()
                .map(claimant -> new DossierView.ClaimantLine(
                        claimant.firstName() + " " + claimant.lastName(),
                        claimant.dateOfBirth().format(dates),
                        t.get("dossier.claimant." + claimant.status()),
                        t.get("dossier.claimant." + claimant.status() + ".explanation")))
                .toList();
        return new DossierView.RegistrationCard(
                campaign.name(language),
                SitePaths.campaign(language, campaign.slug()),
                registration.reference(),
                t.get("dossier.kind." + registration.kind().name()),
                registration.createdAt().toLocalDate().format(dates),
                registration.verified(),
                claimants);
    }
}
