package nl.claimdesk.campaign.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import nl.claimdesk.IntegrationTest;
import nl.claimdesk.campaign.CampaignId;
import nl.claimdesk.campaign.CampaignSites;
import nl.claimdesk.campaign.ContentBlock;
import nl.claimdesk.campaign.TestCampaigns;
import nl.claimdesk.campaign.internal.CampaignImporter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class PublicSiteTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CampaignImporter importer;

    @Autowired
    CampaignSites sites;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theRootLeadsToTheDutchHomePage() {
        assertThat(mvc.get().uri("/")).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/nl");
    }

    @Test
    void theHomePageListsEveryCampaign() {
        Document home = page("/nl");

        assertThat(home.select(".card__title a").eachAttr("href")).contains("/nl/tiktok", "/nl/energiecontract");
        assertThat(home.selectFirst("html").attr("lang")).isEqualTo("nl");
    }

    @ParameterizedTest
    @CsvSource({
        "/nl/tiktok, nl, TikTok-claim, /en/tiktok, /nl/tiktok/aanmelden, /nl/inloggen, /nl/tiktok/tijdlijn",
        "/en/tiktok, en, TikTok claim, /nl/tiktok, /en/tiktok/sign-up, /en/log-in, /en/tiktok/timeline"
    })
    void theLandingPageHasEverythingAParentLooksFor(
            String path, String lang, String name, String otherLanguage, String signUp, String logIn, String timeline) {
        Document landing = page(path);

        assertThat(landing.selectFirst("html").attr("lang")).isEqualTo(lang);
        assertThat(landing.select("h1").text()).isEqualTo(name);
        assertThat(landing.select(".language-switch a").eachAttr("href")).containsExactly(otherLanguage);
        assertThat(landing.select("a[href=" + signUp + "]")).isNotEmpty();
        assertThat(landing.select("a[href=" + logIn + "]")).isNotEmpty();
        assertThat(landing.select(".quote blockquote").text()).isNotBlank();
        assertThat(landing.select(".steps__item")).hasSize(3);
        assertThat(landing.select(".counter__value").text()).matches("[0-9.,]+");
        assertThat(landing.select(".terms").text()).contains("22%", "25%");
        assertThat(landing.select("section[aria-labelledby=timeline] .timeline__item"))
                .hasSize(CampaignPagesController.LATEST_TIMELINE_ITEMS);
        assertThat(landing.select("a[href=" + timeline + "]")).isNotEmpty();
        assertThat(landing.select("details.faq__item")).hasSizeGreaterThanOrEqualTo(10);
        assertThat(landing.select(".faq h3")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(landing.select(".party__name").eachText())
                .contains("Stichting Take Back Your Privacy", "Consumentenbond", "BPGL Funding I Limited");
        assertThat(landing.select(".party__role").eachText()).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void theLatestTimelineItemsComeFirst() {
        Document landing = page("/nl/tiktok");

        List<LocalDate> shown = dates(landing.select("section[aria-labelledby=timeline] time"));
        assertThat(shown).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(shown.getFirst()).isEqualTo(LocalDate.of(2024, 5, 1));
    }

    @ParameterizedTest
    @CsvSource({"/nl/tiktok/tijdlijn", "/en/tiktok/timeline"})
    void theFullTimelineShowsEveryItemNewestFirst(String path) {
        Document timeline = page(path);

        List<LocalDate> dates = dates(timeline.select(".timeline time"));
        assertThat(dates).hasSize(25).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(dates.getLast()).isEqualTo(LocalDate.of(2021, 6, 24));
        assertThat(timeline.select(".timeline h2")).hasSize(25);
    }

    @ParameterizedTest
    @CsvSource({"/nl/tiktok/privacy, 6", "/en/tiktok/privacy, 6", "/nl/tiktok/stichting, 8", "/en/tiktok/foundation, 8"
    })
    void sectionedPagesHaveEverySectionWithContent(String path, int sections) {
        Document document = page(path);

        assertThat(document.select("main section")).hasSize(sections);
        for (Element section : document.select("main section")) {
            assertThat(section.select(".prose").text()).as(section.id()).isNotBlank();
        }
        assertThat(document.select(".toc a")).hasSize(sections);
    }

    @Test
    void theFoundationPageLinksToTheCourtRegisterAndStatesTheFee() {
        Document foundation = page("/nl/tiktok/stichting");

        assertThat(foundation.select("a[href^=https://www.rechtspraak.nl]")).isNotEmpty();
        assertThat(foundation
                        .select("#contribution ~ ul.terms, section[aria-labelledby=contribution] .terms")
                        .text())
                .contains("22%", "25%");
    }

    @Test
    void aClosedCampaignSaysSoAndOffersNoSignUp() {
        Document closed = page("/nl/energiecontract");

        assertThat(closed.select(".notice").text()).contains("Aanmelding gesloten");
        assertThat(closed.select("a[href=/nl/energiecontract/aanmelden]")).isEmpty();
        assertThat(closed.select("a[href=/nl/inloggen]")).isNotEmpty();
    }

    @Test
    void scriptInCampaignContentNeverReachesThePage() {
        String slug = TestCampaigns.uniqueSlug("hostile");
        importer.importDefinition(TestCampaigns.withText(
                slug,
                ContentBlock.INTRO,
                "Hello <script>alert('x')</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>"));
        sites.reload();

        Document landing = page("/nl/" + slug);

        assertThat(landing.select("script, img")).isEmpty();
        assertThat(landing.select("[onerror]")).isEmpty();
        assertThat(landing.select("a[href^=javascript]")).isEmpty();
        assertThat(landing.select(".hero .prose").text()).contains("Hello");
    }

    @Test
    void anEditOnAnotherNodeShowsOnceTheRevisionIsNoticed() {
        String slug = TestCampaigns.uniqueSlug("edited");
        CampaignId id = importer.importDefinition(TestCampaigns.withText(slug, ContentBlock.INTRO, "Old words."));
        sites.reload();
        assertThat(page("/nl/" + slug).select(".hero .prose").text()).isEqualTo("Old words.");

        jdbc.sql("update campaign_text set content = 'New words.' where campaign_id = ? and block = 'intro'")
                .param(id.value())
                .update();
        jdbc.sql("update campaign set content_revision = content_revision + 1 where id = ?")
                .param(id.value())
                .update();
        sites.reloadWhenChanged();

        assertThat(page("/nl/" + slug).select(".hero .prose").text()).isEqualTo("New words.");
    }

    private Document page(String path) {
        MvcTestResult result = mvc.get().uri(path).exchange();
        assertThat(result).hasStatusOk();
        try {
            return Jsoup.parse(result.getResponse().getContentAsString());
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<LocalDate> dates(List<Element> times) {
        return times.stream()
                .map(time -> LocalDate.parse(time.attr("datetime")))
                .toList();
    }
}
