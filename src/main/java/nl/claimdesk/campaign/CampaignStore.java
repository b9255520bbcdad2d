package nl.claimdesk.campaign;

import java.math.BigDecimal;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.claimdesk.campaign.view.FaqTopic;
import nl.claimdesk.campaign.view.TimelineEntry;
import nl.claimdesk.shared.Language;
import nl.claimdesk.shared.Markdown;
import nl.claimdesk.shared.SafeHtml;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Reads campaigns and their content. The whole catalogue is small, so it is read in a handful of queries. */
@Repository
class CampaignStore {

    private final JdbcClient jdbc;

    public CampaignStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<UUID, Long> revisions() {
        Map<UUID, Long> revisions = new HashMap<>();
        jdbc.sql("select id, content_revision from campaign").query(rs -> {
            revisions.put(rs.getObject("id", UUID.class), rs.getLong("content_revision"));
        });
        return revisions;
    }

    /** Every campaign with its content, read in one snapshot so a campaign imported meanwhile is all or nothing. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    List<CampaignSite> loadAll() {
        List<Campaign> campaigns = jdbc.sql("select * from campaign order by position, slug")
                .query(CampaignStore::campaign)
                .list();
        Map<UUID, Map<Language, ContentBuilder>> builders = new HashMap<>();
        for (Campaign campaign : campaigns) {
            Map<Language, ContentBuilder> perLanguage = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                perLanguage.put(language, new ContentBuilder(language));
            }
            builders.put(campaign.id().value(), perLanguage);
        }
        readTexts(builders);
        readParties(builders);
        readTimeline(builders);
        readFaq(builders);
        return campaigns.stream()
                .map(campaign -> {
                    Map<Language, LocalisedContent> content = new EnumMap<>(Language.class);
                    builders.get(campaign.id().value())
                            .forEach((language, builder) -> content.put(language, builder.build()));
                    return new CampaignSite(campaign, content);
                })
                .toList();
    }

    private void readTexts(Map<UUID, Map<Language, ContentBuilder>> builders) {
        jdbc.sql("select campaign_id, language, block, content from campaign_text")
                .query(rs -> {
                    ContentBuilder builder =
                            builderFor(builders, rs.getObject("campaign_id", UUID.class), rs.getString("language"));
                    String content = rs.getString("content");
                    ContentBlock.fromKey(rs.getString("block")).ifPresent(block -> builder.block(block, content));
                });
    }

    private void readParties(Map<UUID, Map<Language, ContentBuilder>> builders) {
        jdbc.sql("""
                        select p.campaign_id, p.role, p.name, p.url, t.language, t.description
                        from campaign_party p join campaign_party_text t on t.party_id = p.id
                        order by p.position""").query(rs -> {
            String url = rs.getString("url");
            builderFor(builders, rs.getObject("campaign_id", UUID.class), rs.getString("language"))
                    .parties
                    .add(new LocalisedContent.Party(
                            PartyRole.valueOf(rs.getString("role")),
                            rs.getString("name"),
                            url,
                            Markdown.toHtml(rs.getString("description"))));
        });
    }

    private void readTimeline(Map<UUID, Map<Language, ContentBuilder>> builders) {
        jdbc.sql("""
                        select i.id, i.campaign_id, i.item_date, t.language, t.title, t.body
                        from timeline_item i join timeline_item_text t on t.item_id = i.id
                        order by i.item_date desc, i.position desc""").query(rs -> {
            ContentBuilder builder =
                    builderFor(builders, rs.getObject("campaign_id", UUID.class), rs.getString("language"));
            LocalDate date = rs.getObject("item_date", LocalDate.class);
            builder.timeline.add(new TimelineEntry(
                    rs.getObject("id", UUID.class),
                    date,
                    builder.dates.format(date),
                    rs.getString("title"),
                    Markdown.toHtml(rs.getString("body"))));
        });
    }

    private void readFaq(Map<UUID, Map<Language, ContentBuilder>> builders) {
        Map<String, List<FaqTopic.Question>> questions = new LinkedHashMap<>();
        jdbc.sql("""
                        select i.topic_id, t.language, t.question, t.answer
                        from faq_item i join faq_item_text t on t.item_id = i.id
                        order by i.position""").query(rs -> {
            questions
                    .computeIfAbsent(
                            rs.getString("topic_id") + "/" + rs.getString("language"), key -> new ArrayList<>())
                    .add(new FaqTopic.Question(rs.getString("question"), Markdown.toHtml(rs.getString("answer"))));
        });
        jdbc.sql("""
                        select f.id, f.campaign_id, t.language, t.title
                        from faq_topic f join faq_topic_text t on t.topic_id = f.id
                        order by f.position""").query(rs -> {
            String key = rs.getString("id") + "/" + rs.getString("language");
            builderFor(builders, rs.getObject("campaign_id", UUID.class), rs.getString("language"))
                    .faq
                    .add(new FaqTopic(rs.getString("title"), List.copyOf(questions.getOrDefault(key, List.of()))));
        });
    }

    private static ContentBuilder builderFor(
            Map<UUID, Map<Language, ContentBuilder>> builders, UUID campaignId, String languageCode) {
        Language language = Language.fromCode(languageCode)
                .orElseThrow(() -> new IllegalStateException("unknown language " + languageCode));
        return builders.get(campaignId).get(language);
    }

    private static Campaign campaign(ResultSet rs, int row) throws SQLException {
        String registerUrl = rs.getString("court_register_url");
        return new Campaign(
                new CampaignId(rs.getObject("id", UUID.class)),
                rs.getString("slug"),
                CampaignStatus.valueOf(rs.getString("status")),
                rs.getString("defendant"),
                registerUrl == null ? null : URI.create(registerUrl),
                rs.getInt("position"),
                new EligibilityRules(
                        rs.getObject("use_reference_date", LocalDate.class),
                        rs.getInt("registrant_minimum_age"),
                        rs.getInt("majority_age"),
                        rs.getBoolean("claimant_minor_during_use"),
                        rs.getBoolean("supporters_allowed")),
                new FeeTerms(
                        percentage(rs, "funder_fee_percentage"),
                        rs.getBoolean("fee_plus_costs"),
                        percentage(rs, "fee_cap_percentage"),
                        rs.getBoolean("fee_cap_includes_vat"),
                        rs.getBoolean("no_cure_no_pay")),
                rs.getLong("content_revision"));
    }

    private static BigDecimal percentage(ResultSet rs, String column) throws SQLException {
        return rs.getBigDecimal(column).stripTrailingZeros();
    }

    /** Collects one language's content while the rows stream in. */
    private static final class ContentBuilder {
        final DateTimeFormatter dates;
        final Map<ContentBlock, String> plain = new EnumMap<>(ContentBlock.class);
        final Map<ContentBlock, SafeHtml> html = new EnumMap<>(ContentBlock.class);
        final List<LocalisedContent.Party> parties = new ArrayList<>();
        final List<TimelineEntry> timeline = new ArrayList<>();
        final List<FaqTopic> faq = new ArrayList<>();

        ContentBuilder(Language language) {
            this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
        }

        void block(ContentBlock block, String content) {
            if (block.plain()) {
                plain.put(block, content.strip());
            } else {
                html.put(block, Markdown.toHtml(content));
            }
        }

        LocalisedContent build() {
            timeline.sort(Comparator.comparing(TimelineEntry::date).reversed());
            return new LocalisedContent(
                    Map.copyOf(plain), Map.copyOf(html), List.copyOf(parties), List.copyOf(timeline), List.copyOf(faq));
        }
    }
}
