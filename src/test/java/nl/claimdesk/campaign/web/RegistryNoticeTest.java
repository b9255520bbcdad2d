package nl.claimdesk.campaign.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.claimdesk.IntegrationTest;
import nl.claimdesk.campaign.CampaignId;
import nl.claimdesk.campaign.CampaignSites;
import nl.claimdesk.campaign.ClassDefinitions;
import nl.claimdesk.campaign.ClassVersionDraft;
import nl.claimdesk.campaign.RegistryFiling;
import nl.claimdesk.campaign.ResidenceRegime;
import nl.claimdesk.campaign.TestCampaigns;
import nl.claimdesk.campaign.TestClassVersions;
import nl.claimdesk.campaign.internal.CampaignImporter;
import nl.claimdesk.web.HtmlChecker;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The landing page and the foundation page say how to opt out of or into the court's class with the registry, by
 * when, and how that differs from withdrawing from the agreement, from the current class version's data.
 */
@IntegrationTest
class RegistryNoticeTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CampaignImporter importer;

    @Autowired
    CampaignSites sites;

    @Autowired
    ClassDefinitions classes;

    @Test
    void theDemoCampaignSaysTheCourtHasSetNoDeadlineYetAndLinksTheRegistry() throws Exception {
        Document landing = page("/nl/tiktok");

        String notice = landing.select("section[aria-labelledby=registry] .registry-notice")
                .text();
        assertThat(notice)
                .contains("Dat is iets anders dan je deelname bij ons opzeggen")
                .contains("Woon je in Nederland? Dan hoor je automatisch bij de groep, tenzij je een opt-out doet.")
                .contains("De rechter heeft daar nog geen termijn voor vastgesteld")
                .doesNotContain("opt-in.");
        assertThat(landing.select(".registry-notice a").attr("href"))
                .isEqualTo("https://www.rechtspraak.nl/Registers/centraal-register-voor-collectieve-vorderingen");
        assertThat(page("/en/tiktok/foundation")
                        .select("#joinLeave ~ .registry-notice")
                        .text())
                .contains("That is not the same as withdrawing from our agreement");
    }

    @Test
    void aVersionWithDeadlinesNamesThemForOptOutAndOptIn() throws Exception {
        String slug = TestCampaigns.uniqueSlug("registry-notice");
        CampaignId campaign = importer.importDefinition(TestCampaigns.minimal(slug));
        sites.reload();
        ClassVersionDraft court =
                TestClassVersions.court(List.of(TestClassVersions.MINORS), ResidenceRegime.OPT_IN, true);
        classes.publish(
                campaign,
                new ClassVersionDraft(
                        court.effectiveOn(),
                        court.source(),
                        court.subClasses(),
                        court.criteria(),
                        new RegistryFiling(
                                LocalDate.of(2027, 3, 31),
                                LocalDate.of(2027, 4, 30),
                                Map.of(
                                        "nl",
                                        "Vul het formulier van de griffie in.",
                                        "en",
                                        "Fill in the registry's form."),
                                URI.create("https://example.org/griffie"))));

        Document landing = page("/nl/" + slug);
        List<String> paragraphs = landing.select(".registry-notice p").eachText();
        assertThat(paragraphs)
                .contains(
                        "Woon je in Nederland? Dan hoor je automatisch bij de groep, tenzij je een opt-out doet."
                                + " Dat kan tot en met 31 maart 2027.",
                        "Woon je in een ander land? Dan hoor je alleen bij de groep als je je zelf bij de griffie"
                                + " aanmeldt: een opt-in. Dat kan tot en met 30 april 2027.",
                        "Vul het formulier van de griffie in.");
        assertThat(page("/en/" + slug).select(".registry-notice p").eachText())
                .contains("Fill in the registry's form.");
    }

    @Test
    void aCampaignWithoutAClassSaysNothingOfTheRegistry() throws Exception {
        String slug = TestCampaigns.uniqueSlug("no-class");
        importer.importDefinition(TestCampaigns.minimal(slug));
        sites.reload();

        assertThat(page("/nl/" + slug).select(".registry-notice")).isEmpty();
    }

    private Document page(String path) throws Exception {
        String html = mvc.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(HtmlChecker.errorsIn(html)).as(path).isEmpty();
        return Jsoup.parse(html);
    }
}
