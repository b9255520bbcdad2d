package nl.claimdesk.registration.internal.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.claimdesk.IntegrationTest;
import nl.claimdesk.campaign.AgeDuringUse;
import nl.claimdesk.campaign.CampaignId;
import nl.claimdesk.campaign.ClaimantFacts;
import nl.claimdesk.campaign.ClassMembership;
import nl.claimdesk.campaign.ClassVersionDraft;
import nl.claimdesk.campaign.Classification;
import nl.claimdesk.campaign.RegistryChoice;
import nl.claimdesk.campaign.ResidenceRegime;
import nl.claimdesk.campaign.SubClass;
import nl.claimdesk.campaign.TestCampaigns;
import nl.claimdesk.campaign.TestClassVersions;
import nl.claimdesk.campaign.internal.CampaignImporter;
import nl.claimdesk.registration.ClassClaimants;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SQL evaluation of the class and the Java one agree, claimant by claimant, over a grid of births, years of use
 * and countries around every boundary, with and without an opt-out or opt-in, for versions that differ in each
 * criterion.
 */
@IntegrationTest
class ClassificationQueryTest {

    private static final List<LocalDate> BIRTHS = List.of(
            LocalDate.of(1998, 5, 26),
            LocalDate.of(2000, 5, 25),
            LocalDate.of(2000, 5, 26),
            LocalDate.of(2000, 5, 27),
            LocalDate.of(2000, 12, 1),
            LocalDate.of(2004, 2, 29),
            LocalDate.of(2004, 11, 9),
            LocalDate.of(2004, 11, 10),
            LocalDate.of(2010, 3, 1),
            LocalDate.of(2018, 5, 25),
            LocalDate.of(2018, 5, 26),
            LocalDate.of(2022, 11, 9));

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CampaignImporter importer;

    @Test
    void theQueryGivesEveryClaimantWhatTheJavaEvaluationGives() {
        CampaignId campaign = importer.importDefinition(TestCampaigns.minimal(TestCampaigns.uniqueSlug("classql")));
        ClassClaimants claimants = new ClassClaimants(jdbc, campaign);
        Map<UUID, ClaimantFacts> facts = new HashMap<>();
        Map<UUID, @Nullable RegistryChoice> choices = new HashMap<>();
        List<@Nullable RegistryChoice> inTurn = new ArrayList<>(Arrays.asList(RegistryChoice.values()));
        inTurn.add(null);
        for (String country : List.of("NL", "BE")) {
            UUID registration = claimants.registration(country);
            for (LocalDate born : BIRTHS) {
                for (int from = born.getYear(); from <= 2024; from++) {
                    for (Integer until : untils(from)) {
                        UUID id = claimants.claimant(registration, "Kind", born, from, until);
                        facts.put(id, new ClaimantFacts(born, from, until, null, country));
                        RegistryChoice choice = inTurn.get(facts.size() % inTurn.size());
                        choices.put(id, choice);
                        if (choice != null) {
                            jdbc.sql("update claimant set registry_choice = ? where id = ?")
                                    .params(choice.name(), id)
                                    .update();
                        }
                    }
                }
            }
        }
        addMonthsAndResidences(claimants, facts);
        SubClass anyone = new SubClass("ANYONE", Map.of("nl", "Iedereen", "en", "Anyone"), "F", AgeDuringUse.ANY);
        List<ClassVersionDraft> versions = List.of(
                TestClassVersions.court(
                        List.of(TestClassVersions.MINORS, TestClassVersions.ADULTS), ResidenceRegime.EXCLUDED, true),
                TestClassVersions.court(List.of(TestClassVersions.MINORS), ResidenceRegime.OPT_IN, true, true, false),
                TestClassVersions.court(
                        List.of(TestClassVersions.ADULTS, TestClassVersions.MINORS), ResidenceRegime.OPT_OUT, false),
                TestClassVersions.court(List.of(anyone), ResidenceRegime.EXCLUDED, true, true, true),
                openEnded(TestClassVersions.court(List.of(TestClassVersions.MINORS), ResidenceRegime.OPT_IN, true)));

        int compared = 0;
        for (ClassVersionDraft version : versions) {
            for (LocalDate asOf : List.of(LocalDate.of(2026, 12, 7), LocalDate.of(2022, 3, 1))) {
                Map<UUID, String> bySql = bySql(campaign, version, asOf);
                assertThat(bySql).hasSameSizeAs(facts);
                for (Map.Entry<UUID, ClaimantFacts> claimant : facts.entrySet()) {
                    if (claimant.getValue().useStartYear() > asOf.getYear()) {
                        continue;
                    }
                    String byJava = describe(ClassMembership.evaluate(
                            version, claimant.getValue(), choices.get(claimant.getKey()), asOf));
                    assertThat(bySql.get(claimant.getKey()))
                            .as("%s under %s as of %s", claimant.getValue(), version.criteria(), asOf)
                            .isEqualTo(byJava);
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(20000);
    }

    /**
     * Claimants whose use starts or ends in a year that holds a boundary (the period's or the 18th birthday's), with
     * and without the month, each with a residence of their own or none.
     */
    private static void addMonthsAndResidences(ClassClaimants claimants, Map<UUID, ClaimantFacts> facts) {
        List<@Nullable String> residences = new ArrayList<>(List.of("NL", "BE", "DE"));
        residences.add(null);
        List<@Nullable Integer> months = new ArrayList<>(List.of(1, 5, 6, 11, 12));
        months.add(null);
        int next = 0;
        for (String country : List.of("NL", "BE")) {
            UUID registration = claimants.registration(country);
            for (LocalDate born : BIRTHS) {
                for (int from : List.of(2018, 2022, born.getYear() + 18)) {
                    if (from < born.getYear() || from > 2024) {
                        continue;
                    }
                    for (Integer fromMonth : months) {
                        for (Integer until : List.of(from, 2022, from + 1)) {
                            for (Integer untilMonth : months) {
                                if (until < from
                                        || until > 2024
                                        || (until == from
                                                && fromMonth != null
                                                && untilMonth != null
                                                && untilMonth < fromMonth)) {
                                    continue;
                                }
                                String residence = residences.get(next++ % residences.size());
                                UUID id = claimants.claimant(
                                        registration, "Maand", born, from, fromMonth, until, untilMonth, residence);
                                facts.put(
                                        id,
                                        new ClaimantFacts(
                                                born, from, fromMonth, until, untilMonth, residence, country));
                            }
                        }
                        String residence = residences.get(next++ % residences.size());
                        UUID id =
                                claimants.claimant(registration, "Maand", born, from, fromMonth, null, null, residence);
                        facts.put(id, new ClaimantFacts(born, from, fromMonth, null, null, residence, country));
                    }
                }
            }
        }
    }

    private Map<UUID, String> bySql(CampaignId campaign, ClassVersionDraft version, LocalDate asOf) {
        ClassificationQuery query = new ClassificationQuery(campaign, version, asOf, ClaimantRange.ALL);
        Map<UUID, String> outcomes = new HashMap<>();
        jdbc.sql(query.sql()).params(query.params()).query(rs -> {
            String status = rs.getString("new_status");
            String outcome = switch (status) {
                case "IN_CLASS" -> status + " " + rs.getString("new_sub_class") + " " + rs.getString("new_regime");
                default -> status + " " + rs.getString("new_detail");
            };
            outcomes.put(rs.getObject("id", UUID.class), outcome);
        });
        return outcomes;
    }

    private static List<@Nullable Integer> untils(int from) {
        List<@Nullable Integer> untils = new ArrayList<>();
        untils.add(null);
        for (int until = from; until <= Math.min(from + 5, 2024); until++) {
            untils.add(until);
        }
        return untils;
    }

    private static ClassVersionDraft openEnded(ClassVersionDraft version) {
        var criteria = version.criteria();
        return new ClassVersionDraft(
                version.effectiveOn(),
                version.source(),
                version.subClasses(),
                new nl.claimdesk.campaign.ClassCriteria(
                        Map.of("NL", ResidenceRegime.OPT_OUT, "BE", ResidenceRegime.OPT_IN),
                        ResidenceRegime.EXCLUDED,
                        true,
                        criteria.useFrom(),
                        null,
                        criteria.majorityAge(),
                        Map.of()));
    }

    private static String describe(Classification outcome) {
        return switch (outcome) {
            case Classification.InClass in -> "IN_CLASS " + in.subClass() + " " + in.regime();
            case Classification.Outside outside -> "OUTSIDE " + outside.reason();
            case Classification.InformationNeeded needed -> "INFORMATION_NEEDED " + needed.missing();
        };
    }
}
