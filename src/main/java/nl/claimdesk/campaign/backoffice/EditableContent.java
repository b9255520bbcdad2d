package nl.claimdesk.campaign.backoffice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.claimdesk.campaign.CampaignId;
import nl.claimdesk.campaign.CampaignSites;
import nl.claimdesk.campaign.ContentBlock;
import nl.claimdesk.campaign.internal.CampaignDefinition.QuestionAndAnswer;
import nl.claimdesk.campaign.internal.CampaignDefinition.TitledText;
import nl.claimdesk.campaign.internal.StoredContent;
import nl.claimdesk.shared.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads campaign content straight from the database for the editor: raw Markdown and versions, which the rendered
 * catalogue in memory ({@link CampaignSites}) does not keep, and always the latest saved state.
 */
@Repository
class EditableContent {

    private final JdbcClient jdbc;

    EditableContent(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<EditableCampaign> campaigns() {
        return jdbc.sql("""
                        select c.id, c.slug, t.content as name
                        from campaign c left join campaign_text t
                            on t.campaign_id = c.id and t.block = 'name' and t.language = 'nl'
                        order by c.position, c.slug""")
                .query((rs, row) -> new EditableCampaign(
                        new CampaignId(rs.getObject("id", UUID.class)),
                        rs.getString("slug"),
                        nameOr(rs.getString("name"), rs.getString("slug"))))
                .list();
    }

    Optional<EditableCampaign> campaign(String slug) {
        return campaigns().stream().filter(c -> c.slug().equals(slug)).findFirst();
    }

    /** The address of the case in the court's register, or empty when the campaign names none. */
    String registerUrl(CampaignId campaign) {
        return Objects.requireNonNullElse(
                jdbc.sql("select court_register_url from campaign where id = ?")
                        .param(campaign.value())
                        .query(String.class)
                        .optional()
                        .orElse(null),
                "");
    }

    /** Every block the site knows, in page order, stored or not. */
    List<StoredContent.Block> blocks(CampaignId campaign) {
        Map<ContentBlock, Map<Language, String>> texts = new EnumMap<>(ContentBlock.class);
        Map<ContentBlock, Long> versions = new EnumMap<>(ContentBlock.class);
        jdbc.sql("select block, language, content, row_version from campaign_text where campaign_id = ?")
                .param(campaign.value())
                .query(rs -> {
                    Language language = language(rs.getString("language"));
                    String content = rs.getString("content");
                    long version = rs.getLong("row_version");
                    ContentBlock.fromKey(rs.getString("block")).ifPresent(block -> {
                        texts.computeIfAbsent(block, key -> new EnumMap<>(Language.class))
                                .put(language, content);
                        versions.merge(block, version, Math::max);
                    });
                });
        List<StoredContent.Block> blocks = new ArrayList<>();
        for (ContentBlock block : ContentBlock.values()) {
            Map<Language, String> text = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                text.put(language, texts.getOrDefault(block, Map.of()).getOrDefault(language, ""));
            }
            blocks.add(new StoredContent.Block(block, Map.copyOf(text), versions.getOrDefault(block, 0L)));
        }
        return blocks;
    }

    StoredContent.Block block(CampaignId campaign, ContentBlock block) {
        return blocks(campaign).stream()
                .filter(stored -> stored.block() == block)
                .findFirst()
                .orElseThrow();
    }

    /** The timeline, newest first, as the public site shows it. */
    List<StoredContent.TimelineItem> timeline(CampaignId campaign) {
        return timelineWhere("i.campaign_id = ?", campaign.value());
    }

    Optional<StoredContent.TimelineItem> timelineItem(CampaignId campaign, UUID id) {
        return timelineWhere("i.campaign_id = ? and i.id = ?", campaign.value(), id).stream()
                .findFirst();
    }

    private List<StoredContent.TimelineItem> timelineWhere(String condition, Object... params) {
        Map<UUID, StoredContent.TimelineItem> items = new LinkedHashMap<>();
        jdbc.sql("""
                        select i.id, i.item_date, i.row_version, t.language, t.title, t.body
                        from timeline_item i join timeline_item_text t on t.item_id = i.id
                        where %s
                        order by i.item_date desc, i.position desc""".formatted(condition)).params(params).query(rs -> {
            UUID id = rs.getObject("id", UUID.class);
            LocalDate date = rs.getObject("item_date", LocalDate.class);
            long version = rs.getLong("row_version");
            items.computeIfAbsent(
                            id,
                            key -> new StoredContent.TimelineItem(key, date, new EnumMap<>(Language.class), version))
                    .texts()
                    .put(
                            language(rs.getString("language")),
                            new TitledText(rs.getString("title"), rs.getString("body")));
        });
        return List.copyOf(items.values());
    }

    List<StoredContent.FaqTopic> faqTopics(CampaignId campaign) {
        Map<UUID, StoredContent.FaqTopic> topics = new LinkedHashMap<>();
        jdbc.sql("""
                        select f.id, t.language, t.title
                        from faq_topic f join faq_topic_text t on t.topic_id = f.id
                        where f.campaign_id = ?
                        order by f.position""").param(campaign.value()).query(rs -> {
            topics.computeIfAbsent(
                            rs.getObject("id", UUID.class),
                            id -> new StoredContent.FaqTopic(id, new EnumMap<>(Language.class)))
                    .title()
                    .put(language(rs.getString("language")), rs.getString("title"));
        });
        return List.copyOf(topics.values());
    }

    /** The questions in the order the site shows them: by topic, then by position. */
    List<StoredContent.FaqItem> faqItems(CampaignId campaign) {
        return faqWhere("f.campaign_id = ?", campaign.value());
    }

    Optional<StoredContent.FaqItem> faqItem(CampaignId campaign, UUID id) {
        return faqWhere("f.campaign_id = ? and i.id = ?", campaign.value(), id).stream()
                .findFirst();
    }

    private List<StoredContent.FaqItem> faqWhere(String condition, Object... params) {
        Map<UUID, StoredContent.FaqItem> items = new LinkedHashMap<>();
        jdbc.sql("""
                        select i.id, i.topic_id, i.row_version, t.language, t.question, t.answer
                        from faq_item i
                            join faq_topic f on f.id = i.topic_id
                            join faq_item_text t on t.item_id = i.id
                        where %s
                        order by f.position, i.position""".formatted(condition)).params(params).query(rs -> {
            UUID id = rs.getObject("id", UUID.class);
            UUID topic = rs.getObject("topic_id", UUID.class);
            long version = rs.getLong("row_version");
            items.computeIfAbsent(
                            id, key -> new StoredContent.FaqItem(key, topic, new EnumMap<>(Language.class), version))
                    .texts()
                    .put(
                            language(rs.getString("language")),
                            new QuestionAndAnswer(rs.getString("question"), rs.getString("answer")));
        });
        return List.copyOf(items.values());
    }

    private static Language language(String code) {
        return Language.fromCode(code).orElseThrow(() -> new IllegalStateException("unknown language " + code));
    }

    private static String nameOr(@Nullable String name, String slug) {
        return name == null || name.isBlank() ? slug : name;
    }
}
