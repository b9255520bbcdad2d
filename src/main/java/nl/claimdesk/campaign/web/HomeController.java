package nl.claimdesk.campaign.web;

import java.text.NumberFormat;
import nl.claimdesk.campaign.CampaignSites;
import nl.claimdesk.campaign.ContentBlock;
import nl.claimdesk.campaign.RegistrationCounter;
import nl.claimdesk.campaign.view.CampaignCard;
import nl.claimdesk.campaign.view.HomeView;
import nl.claimdesk.shared.Language;
import nl.claimdesk.web.PageFactory;
import nl.claimdesk.web.SitePaths;
import nl.claimdesk.web.Texts;
import nl.claimdesk.web.Views;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/** The home page: every campaign, in their configured order. */
@Controller
class HomeController {

    private final CampaignSites sites;
    private final RegistrationCounter counter;
    private final PageFactory pages;

    HomeController(CampaignSites sites, RegistrationCounter counter, PageFactory pages) {
        this.sites = sites;
        this.counter = counter;
        this.pages = pages;
    }

    @GetMapping({"/nl", "/en"})
    ModelAndView home(Language language) {
        Texts t = pages.texts(language);
        NumberFormat numbers = NumberFormat.getIntegerInstance(language.locale());
        HomeView view = new HomeView(sites.all().stream()
                .map(site -> new CampaignCard(
                        site.name(language),
                        site.in(language).text(ContentBlock.TAGLINE),
                        t.get("status." + site.campaign().status().name()),
                        site.campaign().status().acceptsSignUps(),
                        numbers.format(counter.registrations(site.campaign().id())),
                        SitePaths.campaign(language, site.campaign().slug())))
                .toList());
        return Views.render("campaign/home", pages.page(language, t.get("home.title"), SitePaths::home), view);
    }
}
