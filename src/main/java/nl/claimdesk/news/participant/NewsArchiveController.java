package nl.claimdesk.news.participant;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import nl.claimdesk.campaign.CampaignId;
import nl.claimdesk.campaign.Campaigns;
import nl.claimdesk.identity.Participants;
import nl.claimdesk.news.NewsArchive;
import nl.claimdesk.news.view.NewsArchiveView;
import nl.claimdesk.registration.RegistrationSummary;
import nl.claimdesk.registration.Registrations;
import nl.claimdesk.web.Page;
import nl.claimdesk.web.PageFactory;
import nl.claimdesk.web.Texts;
import nl.claimdesk.web.Views;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** Mijn dossier's news archive: every update and legal notice sent about the participant's campaigns. */
@Controller
class NewsArchiveController {

    private final Participants participants;
    private final Registrations registrations;
    private final Campaigns campaigns;
    private final NewsArchive archive;
    private final PageFactory pages;
    private final Clock clock;

    NewsArchiveController(
            Participants participants,
            Registrations registrations,
            Campaigns campaigns,
            NewsArchive archive,
            PageFactory pages,
            Clock clock) {
        this.participants = participants;
        this.registrations = registrations;
        this.campaigns = campaigns;
        this.archive = archive;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping("/dossier/news")
    ModelAndView archive(@RequestParam(required = false) @Nullable String lang) {
        Participants.Current participant = participants.current(lang);
        Texts t = pages.texts(participant.language());
        List<CampaignId> theirs = registrations.of(participant.id()).stream()
                .map(RegistrationSummary::campaign)
                .distinct()
                .toList();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(participant.language().locale());
        List<NewsArchiveView.Item> items = archive.ofCampaigns(theirs, participant.language()).stream()
                .map(published -> new NewsArchiveView.Item(
                        dates.format(published.sentAt().atZoneSameInstant(clock.getZone())),
                        campaigns
                                .byId(published.campaign())
                                .map(campaign -> campaign.name(participant.language()))
                                .orElse(""),
                        t.get("news.kind." + published.kind().name()),
                        published.subject(),
                        published.body()))
                .toList();
        Page page = pages.page(
                participant.language(), t.get("news.archive.title"), other -> "/dossier/news?lang=" + other.code());
        return Views.render("news/archive", page, new NewsArchiveView(participant.link("/dossier"), items));
    }
}
