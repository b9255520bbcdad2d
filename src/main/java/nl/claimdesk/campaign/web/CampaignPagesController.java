package nl.claimdesk.campaign.web;

import java.text.NumberFormat;
import java.util.List;
import java.util.function.Function;
import nl.claimdesk.campaign.Campaign;
import nl.claimdesk.campaign.CampaignSite;
import nl.claimdesk.campaign.CampaignSites;
import nl.claimdesk.campaign.CampaignTerms;
import nl.claimdesk.campaign.ContentBlock;
import nl.claimdesk.campaign.LocalisedContent;
import nl.claimdesk.campaign.RegistrationCounter;
import nl.claimdesk.campaign.RegistryNotice;
import nl.claimdesk.campaign.view.CampaignHeader;
import nl.claimdesk.campaign.view.LandingView;
import nl.claimdesk.campaign.view.PartyEntry;
import nl.claimdesk.campaign.view.RegistryNoticeView;
import nl.claimdesk.campaign.view.Section;
import nl.claimdesk.campaign.view.SectionedView;
import nl.claimdesk.campaign.view.Step;
import nl.claimdesk.campaign.view.TimelineView;
import nl.claimdesk.shared.Language;
import nl.claimdesk.web.Link;
import nl.claimdesk.web.Page;
import nl.claimdesk.web.PageFactory;
import nl.claimdesk.web.SitePaths;
import nl.claimdesk.web.Texts;
import nl.claimdesk.web.Views;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/** The public pages of a campaign: landing page, full timeline, privacy statement and foundation information. */
@Controller
class CampaignPagesController {

    public static final int LATEST_TIMELINE_ITEMS = 5;

    private final CampaignSites sites;
    private final RegistrationCounter counter;
    private final PageFactory pages;
    private final FoundationDocumentList documentList;
    private final CurrentClassVersions classes;

    CampaignPagesController(
            CampaignSites sites,
            RegistrationCounter counter,
            PageFactory pages,
            FoundationDocumentList documentList,
            CurrentClassVersions classes) {
        this.classes = classes;
        this.sites = sites;
        this.counter = counter;
        this.pages = pages;
        this.documentList = documentList;
    }

    @GetMapping({"/nl/{slug}", "/en/{slug}"})
    ModelAndView landing(Language language, @PathVariable String slug) {
        CampaignSite site = find(slug);
        LocalisedContent content = site.in(language);
        Texts t = pages.texts(language);
        List<nl.claimdesk.campaign.view.TimelineEntry> timeline = content.timeline();
        LandingView view = new LandingView(
                header(site, language, t),
                content.text(ContentBlock.TAGLINE),
                content.html(ContentBlock.INTRO),
                NumberFormat.getIntegerInstance(language.locale())
                        .format(counter.registrations(site.campaign().id())),
                content.html(ContentBlock.WHAT_IS_WRONG),
                content.html(ContentBlock.COMPLAINTS),
                content.html(ContentBlock.DEMANDS),
                content.html(ContentBlock.WHAT_WE_DO),
                content.text(ContentBlock.QUOTE),
                content.text(ContentBlock.QUOTE_AUTHOR),
                content.html(ContentBlock.SIGN_UP_CALL),
                content.html(ContentBlock.GOOD_TO_KNOW),
                CampaignTerms.of(site.campaign(), t),
                content.html(ContentBlock.HOW_IT_WORKS),
                List.of(
                        new Step(content.text(ContentBlock.STEP_1_TITLE), content.html(ContentBlock.STEP_1_BODY)),
                        new Step(content.text(ContentBlock.STEP_2_TITLE), content.html(ContentBlock.STEP_2_BODY)),
                        new Step(content.text(ContentBlock.STEP_3_TITLE), content.html(ContentBlock.STEP_3_BODY))),
                timeline.subList(0, Math.min(LATEST_TIMELINE_ITEMS, timeline.size())),
                timeline.size() > LATEST_TIMELINE_ITEMS,
                content.faq(),
                content.parties().stream()
                        .map(party -> new PartyEntry(
                                t.get("party." + party.role().name()), party.name(), party.url(), party.description()))
                        .toList(),
                registryNotice(site, t));
        return render(
                "campaign/landing", site, language, site.name(language), lang -> SitePaths.campaign(lang, slug), view);
    }

    @GetMapping({"/nl/{slug}/tijdlijn", "/en/{slug}/timeline"})
    ModelAndView timeline(Language language, @PathVariable String slug) {
        CampaignSite site = find(slug);
        Texts t = pages.texts(language);
        TimelineView view =
                new TimelineView(header(site, language, t), site.in(language).timeline());
        String title = t.get("timeline.title", site.name(language));
        return render("campaign/timeline", site, language, title, lang -> SitePaths.timeline(lang, slug), view);
    }

    @GetMapping({"/nl/{slug}/privacy", "/en/{slug}/privacy"})
    ModelAndView privacy(Language language, @PathVariable String slug) {
        CampaignSite site = find(slug);
        Texts t = pages.texts(language);
        LocalisedContent content = site.in(language);
        List<Section> sections = List.of(
                section("controllers", t, content, ContentBlock.PRIVACY_CONTROLLERS),
                section("purposes", t, content, ContentBlock.PRIVACY_PURPOSES),
                section("data", t, content, ContentBlock.PRIVACY_DATA),
                section("retention", t, content, ContentBlock.PRIVACY_RETENTION),
                section("rights", t, content, ContentBlock.PRIVACY_RIGHTS),
                section("contact", t, content, ContentBlock.PRIVACY_CONTACT));
        String title = t.get("privacy.title", site.name(language));
        SectionedView view =
                new SectionedView(header(site, language, t), title, sections, List.of(), null, List.of(), null);
        return render("campaign/sectioned", site, language, title, lang -> SitePaths.privacy(lang, slug), view);
    }

    @GetMapping({"/nl/{slug}/stichting", "/en/{slug}/foundation"})
    ModelAndView foundation(Language language, @PathVariable String slug) {
        CampaignSite site = find(slug);
        Texts t = pages.texts(language);
        LocalisedContent content = site.in(language);
        List<Section> sections = List.of(
                section("about", t, content, ContentBlock.FOUNDATION_ABOUT),
                section("statutes", t, content, ContentBlock.FOUNDATION_STATUTES),
                section("governance", t, content, ContentBlock.FOUNDATION_GOVERNANCE),
                section("boardPay", t, content, ContentBlock.FOUNDATION_BOARD_PAY),
                section("reports", t, content, ContentBlock.FOUNDATION_REPORTS),
                section("proceedings", t, content, ContentBlock.FOUNDATION_PROCEEDINGS),
                section("contribution", t, content, ContentBlock.FOUNDATION_CONTRIBUTION),
                section("joinLeave", t, content, ContentBlock.FOUNDATION_JOIN_LEAVE));
        String title = t.get("foundation.title", site.name(language));
        java.net.URI register = site.campaign().courtRegisterUrl();
        SectionedView view = new SectionedView(
                header(site, language, t),
                title,
                sections,
                CampaignTerms.fee(site.campaign().fee(), t),
                register == null ? null : register.toString(),
                documentList.of(site.campaign(), language, t),
                registryNotice(site, t));
        return render("campaign/sectioned", site, language, title, lang -> SitePaths.foundation(lang, slug), view);
    }

    private @Nullable RegistryNoticeView registryNotice(CampaignSite site, Texts t) {
        return RegistryNotice.of(classes.current(site.campaign().id()), t)
                .map(notice -> new RegistryNoticeView(notice.paragraphs(), notice.howTo(), notice.registryHref()))
                .orElse(null);
    }

    private CampaignSite find(String slug) {
        return sites.bySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private ModelAndView render(
            String template,
            CampaignSite site,
            Language language,
            String title,
            Function<Language, String> pathIn,
            Object view) {
        Texts t = pages.texts(language);
        String slug = site.campaign().slug();
        List<Link> footer = List.of(
                new Link(t.get("footer.privacy"), SitePaths.privacy(language, slug)),
                new Link(t.get("footer.foundation"), SitePaths.foundation(language, slug)));
        Page page =
                pages.page(language, title, pathIn, footer, site.in(language).text(ContentBlock.TAGLINE));
        return Views.render(template, page, view);
    }

    static CampaignHeader header(CampaignSite site, Language language, Texts t) {
        Campaign campaign = site.campaign();
        String slug = campaign.slug();
        return new CampaignHeader(
                slug,
                site.name(language),
                t.get("status." + campaign.status().name()),
                campaign.status().acceptsSignUps(),
                site.in(language).html(ContentBlock.STATUS_NOTE),
                SitePaths.campaign(language, slug),
                SitePaths.signUp(language, slug),
                SitePaths.logIn(language),
                SitePaths.timeline(language, slug),
                SitePaths.privacy(language, slug),
                SitePaths.foundation(language, slug));
    }

    private static Section section(String id, Texts t, LocalisedContent content, ContentBlock block) {
        return new Section(id, t.get("section." + id), content.html(block));
    }
}
