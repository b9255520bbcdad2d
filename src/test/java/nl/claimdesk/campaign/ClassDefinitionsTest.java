package nl.claimdesk.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.claimdesk.IntegrationTest;
import nl.claimdesk.campaign.internal.CampaignDefinition;
import nl.claimdesk.campaign.internal.CampaignImporter;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Class versions as data: read from the definition files, stored, numbered, and read back unchanged. */
@IntegrationTest
class ClassDefinitionsTest {

    @Autowired
    ClassDefinitions classes;

    @Autowired
    Campaigns campaigns;

    @Autowired
    CampaignImporter importer;

    @Test
    void theTikTokDemoHasTheSignUpRuleFirstAndTheCourtsClassAsCurrent() {
        CampaignId tiktok = campaigns.bySlug("tiktok").orElseThrow().id();

        List<ClassVersion> versions = classes.versions(tiktok);

        assertThat(versions).extracting(ClassVersion::number).containsExactly(2, 1);
        ClassVersion signUpRule = versions.get(1);
        assertThat(signUpRule.criteria().useFrom())
                .isEqualTo(new PeriodBoundary(LocalDate.of(2018, 5, 25), true, false));
        assertThat(signUpRule.criteria().useUntil()).isNull();
        assertThat(signUpRule.criteria().regimeOf("BE")).isEqualTo(ResidenceRegime.OPT_IN);
        ClassVersion court = classes.current(tiktok).orElseThrow();
        assertThat(court.number()).isEqualTo(2);
        assertThat(court.source().court()).isEqualTo("Rechtbank Amsterdam");
        assertThat(court.criteria().useFrom()).isEqualTo(new PeriodBoundary(LocalDate.of(2018, 5, 25), false, false));
        assertThat(court.criteria().useUntil()).isEqualTo(new PeriodBoundary(LocalDate.of(2022, 11, 9), true, true));
        assertThat(court.criteria().regimeOf("NL")).isEqualTo(ResidenceRegime.OPT_OUT);
        assertThat(court.criteria().regimeOf("BE")).isEqualTo(ResidenceRegime.EXCLUDED);
        assertThat(court.subClasses())
                .extracting(SubClass::code, SubClass::representative, SubClass::ageDuringUse)
                .containsExactly(
                        Tuple.tuple("MINORS", "Stichting Take Back Your Privacy", AgeDuringUse.MINOR),
                        Tuple.tuple("ADULTS", "Stichting Massaschade & Consument", AgeDuringUse.ADULT));
    }

    @Test
    void aPublishedVersionReadsBackAsItWasWrittenAndTheNextGetsTheNextNumber() {
        CampaignId campaign = importer.importDefinition(TestCampaigns.minimal(TestCampaigns.uniqueSlug("class")));
        ClassVersionDraft draft = TestClassVersions.court(
                List.of(TestClassVersions.MINORS, TestClassVersions.ADULTS), ResidenceRegime.OPT_IN, false);

        ClassVersion first = classes.publish(campaign, draft);
        ClassVersion second = classes.publish(campaign, draft);

        assertThat(first.number()).isEqualTo(1);
        assertThat(second.number()).isEqualTo(2);
        ClassVersion read = classes.current(campaign).orElseThrow();
        assertThat(read.number()).isEqualTo(2);
        assertThat(read.definition()).isEqualTo(draft);
    }

    @Test
    void aDefinitionFileWithAnUnknownCountryOrAMissingLanguageIsRefused() {
        ClassVersionDraft court = TestClassVersions.court(
                List.of(new SubClass("MINORS", Map.of("nl", "Kinderen"), "Foundation A", AgeDuringUse.MINOR)),
                ResidenceRegime.EXCLUDED,
                true);
        ClassVersionDraft bad = new ClassVersionDraft(
                court.effectiveOn(),
                court.source(),
                court.subClasses(),
                new ClassCriteria(
                        Map.of("XX", ResidenceRegime.OPT_OUT),
                        ResidenceRegime.EXCLUDED,
                        true,
                        court.criteria().useFrom(),
                        court.criteria().useUntil(),
                        18,
                        Map.of()));
        CampaignDefinition definition =
                TestCampaigns.withClassVersions(TestCampaigns.uniqueSlug("badclass"), List.of(bad));

        assertThatThrownBy(() -> importer.importDefinition(definition))
                .isInstanceOf(RuntimeException.class)
                .hasMessageContaining("'XX', which is not an ISO 3166 country code")
                .hasMessageContaining("sub-class MINORS has languages [nl] but needs exactly [en, nl]");
    }
}
