package nl.claimdesk.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.claimdesk.campaign.internal.CampaignDefinition;
import org.jspecify.annotations.Nullable;

/** Campaign definitions made up by tests, each with a slug of its own so tests can share one database. */
public final class TestCampaigns {

    private TestCampaigns() {}

    public static String uniqueSlug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static CampaignDefinition minimal(String slug) {
        return withText(slug, null, null);
    }

    /** A campaign whose {@code block} text is {@code content} in both languages. */
    public static CampaignDefinition withText(String slug, @Nullable ContentBlock block, @Nullable String content) {
        Map<String, Map<String, String>> texts = new LinkedHashMap<>();
        for (String language : List.of("nl", "en")) {
            Map<String, String> blocks = new LinkedHashMap<>();
            blocks.put(ContentBlock.NAME.key(), "Test claim " + slug);
            blocks.put(ContentBlock.TAGLINE.key(), "A claim made up by a test");
            if (block != null && content != null) {
                blocks.put(block.key(), content);
            }
            texts.put(language, blocks);
        }
        return new CampaignDefinition(
                slug,
                CampaignStatus.OPEN,
                "Defendant Inc.",
                null,
                99,
                new EligibilityRules(LocalDate.of(2018, 5, 25), 18, 18, true, true),
                new FeeTerms(new BigDecimal("22"), true, new BigDecimal("25"), true, true),
                texts,
                List.of(),
                List.of(new CampaignDefinition.TimelineDefinition(
                        LocalDate.of(2024, 1, 1),
                        Map.of(
                                "nl", new CampaignDefinition.TitledText("Start", "Het begint."),
                                "en", new CampaignDefinition.TitledText("Start", "It begins.")))),
                List.of(),
                List.of());
    }

    /** A minimal campaign whose definition file carries {@code versions} of its class. */
    public static CampaignDefinition withClassVersions(String slug, List<ClassVersionDraft> versions) {
        return with(minimal(slug), minimal(slug).faq(), versions);
    }

    private static CampaignDefinition with(
            CampaignDefinition minimal,
            List<CampaignDefinition.FaqTopicDefinition> faq,
            List<ClassVersionDraft> versions) {
        return new CampaignDefinition(
                minimal.slug(),
                minimal.status(),
                minimal.defendant(),
                minimal.courtRegisterUrl(),
                minimal.position(),
                minimal.eligibility(),
                minimal.fee(),
                minimal.texts(),
                minimal.parties(),
                minimal.timeline(),
                faq,
                versions);
    }

    /** A minimal campaign with one FAQ topic holding one question, and a second, empty topic. */
    static CampaignDefinition withFaq(String slug) {
        CampaignDefinition minimal = minimal(slug);
        return with(
                minimal,
                List.of(
                        new CampaignDefinition.FaqTopicDefinition(
                                Map.of("nl", "Kosten", "en", "Costs"),
                                List.of(new CampaignDefinition.FaqItemDefinition(Map.of(
                                        "nl", new CampaignDefinition.QuestionAndAnswer("Wat kost het?", "Niets."),
                                        "en",
                                                new CampaignDefinition.QuestionAndAnswer(
                                                        "What does it cost?", "Nothing."))))),
                        new CampaignDefinition.FaqTopicDefinition(Map.of("nl", "Privacy", "en", "Privacy"), List.of())),
                minimal.classVersions());
    }
}
