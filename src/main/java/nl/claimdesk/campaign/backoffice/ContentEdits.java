package nl.claimdesk.campaign.backoffice;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.audit.AuditLog;
import nl.claimdesk.campaign.CampaignSites;
import nl.claimdesk.campaign.ContentBlock;
import nl.claimdesk.campaign.internal.CampaignDefinition.QuestionAndAnswer;
import nl.claimdesk.campaign.internal.CampaignDefinition.TitledText;
import nl.claimdesk.campaign.internal.StoredContent;
import nl.claimdesk.shared.Ids;
import nl.claimdesk.shared.Language;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Saves an editor's change to campaign content. Each change checks the version the editor started from (a stale one
 * is refused with {@link ContentConflict}), raises the campaign's content revision so every node reloads, records
 * the change with before and after in the audit log, all in one transaction, and reloads this node's catalogue as
 * soon as the transaction has committed.
 */
@Component
class ContentEdits {

    private static final Logger log = LoggerFactory.getLogger(ContentEdits.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final EditableContent content;
    private final AuditLog audit;
    private final CampaignSites sites;

    ContentEdits(JdbcClient jdbc, EditableContent content, AuditLog audit, CampaignSites sites) {
        this.jdbc = jdbc;
        this.content = content;
        this.audit = audit;
        this.sites = sites;
    }

    /** Who makes the change, and from where. */
    record Editor(Actor actor, @Nullable String ip) {}

    @Transactional
    void saveBlock(
            Editor editor,
            EditableCampaign campaign,
            ContentBlock block,
            long expectedVersion,
            Map<Language, String> text) {
        StoredContent.Block before = content.block(campaign.id(), block);
        if (expectedVersion == 0) {
            try {
                for (Language language : Language.values()) {
                    jdbc.sql("""
                                    insert into campaign_text (campaign_id, language, block, content, row_version)
                                    values (?, ?, ?, ?, 1)""")
                            .params(campaign.id().value(), language.code(), block.key(), text.get(language))
                            .update();
                }
            } catch (DuplicateKeyException stored) {
                throw new ContentConflict("text " + block.key());
            }
        } else {
            for (Language language : Language.values()) {
                int updated = jdbc.sql("""
                                update campaign_text set content = ?, row_version = ?
                                where campaign_id = ? and block = ? and language = ? and row_version = ?""")
                        .params(
                                text.get(language),
                                expectedVersion + 1,
                                campaign.id().value(),
                                block.key(),
                                language.code(),
                                expectedVersion)
                        .update();
                if (updated != 1) {
                    throw new ContentConflict("text " + block.key());
                }
            }
        }
        Map<String, Object> after = texts(text);
        changed(
                editor,
                campaign,
                "campaign_text",
                campaign.id().value() + "/" + block.key(),
                expectedVersion == 0 ? null : texts(before.text()),
                after);
    }

    /** Sets (or, with {@code null}, removes) the link to the case's entry in the court's register. */
    @Transactional
    void saveRegisterUrl(Editor editor, EditableCampaign campaign, @Nullable String before, @Nullable String url) {
        jdbc.sql("update campaign set court_register_url = ? where id = ?")
                .params(url, campaign.id().value())
                .update();
        changed(
                editor,
                campaign,
                "campaign",
                campaign.id().value(),
                before == null ? null : Map.of("courtRegisterUrl", before),
                url == null ? null : Map.of("courtRegisterUrl", url));
    }

    @Transactional
    UUID addTimelineItem(Editor editor, EditableCampaign campaign, LocalDate date, Map<Language, TitledText> texts) {
        UUID id = Ids.newId();
        jdbc.sql("""
                        insert into timeline_item (id, campaign_id, item_date, position, row_version)
                        values (?, ?, ?, (select coalesce(max(position), -1) + 1 from timeline_item
                                          where campaign_id = ?), 1)""")
                .params(id, campaign.id().value(), date, campaign.id().value())
                .update();
        for (Language language : Language.values()) {
            TitledText text = texts.get(language);
            jdbc.sql("insert into timeline_item_text (item_id, language, title, body) values (?, ?, ?, ?)")
                    .params(id, language.code(), text.title(), text.body())
                    .update();
        }
        changed(editor, campaign, "timeline_item", id, null, timeline(date, texts));
        return id;
    }

    @Transactional
    void updateTimelineItem(
            Editor editor,
            EditableCampaign campaign,
            UUID id,
            long expectedVersion,
            LocalDate date,
            Map<Language, TitledText> texts) {
        StoredContent.TimelineItem before = lockTimelineItem(campaign, id, expectedVersion);
        jdbc.sql("update timeline_item set item_date = ? where id = ?")
                .params(date, id)
                .update();
        for (Language language : Language.values()) {
            TitledText text = texts.get(language);
            jdbc.sql("update timeline_item_text set title = ?, body = ? where item_id = ? and language = ?")
                    .params(text.title(), text.body(), id, language.code())
                    .update();
        }
        changed(editor, campaign, "timeline_item", id, timeline(before.date(), before.texts()), timeline(date, texts));
    }

    @Transactional
    void deleteTimelineItem(Editor editor, EditableCampaign campaign, UUID id, long expectedVersion) {
        StoredContent.TimelineItem before = lockTimelineItem(campaign, id, expectedVersion);
        jdbc.sql("delete from timeline_item_text where item_id = ?").param(id).update();
        jdbc.sql("delete from timeline_item where id = ?").param(id).update();
        changed(editor, campaign, "timeline_item", id, timeline(before.date(), before.texts()), null);
    }

    @Transactional
    UUID addFaqItem(Editor editor, EditableCampaign campaign, UUID topic, Map<Language, QuestionAndAnswer> texts) {
        requireTopicOf(campaign, topic);
        UUID id = Ids.newId();
        jdbc.sql("""
                        insert into faq_item (id, topic_id, position, row_version)
                        values (?, ?, (select coalesce(max(position), -1) + 1 from faq_item where topic_id = ?), 1)""").params(id, topic, topic).update();
        for (Language language : Language.values()) {
            QuestionAndAnswer text = texts.get(language);
            jdbc.sql("insert into faq_item_text (item_id, language, question, answer) values (?, ?, ?, ?)")
                    .params(id, language.code(), text.question(), text.answer())
                    .update();
        }
        changed(editor, campaign, "faq_item", id, null, faq(topic, texts));
        return id;
    }

    @Transactional
    void updateFaqItem(
            Editor editor,
            EditableCampaign campaign,
            UUID id,
            long expectedVersion,
            UUID topic,
            Map<Language, QuestionAndAnswer> texts) {
        requireTopicOf(campaign, topic);
        StoredContent.FaqItem before = lockFaqItem(campaign, id, expectedVersion);
        if (!topic.equals(before.topicId())) {
            jdbc.sql("""
                            update faq_item set topic_id = ?,
                                position = (select coalesce(max(position), -1) + 1 from faq_item where topic_id = ?)
                            where id = ?""").params(topic, topic, id).update();
        }
        for (Language language : Language.values()) {
            QuestionAndAnswer text = texts.get(language);
            jdbc.sql("update faq_item_text set question = ?, answer = ? where item_id = ? and language = ?")
                    .params(text.question(), text.answer(), id, language.code())
                    .update();
        }
        changed(editor, campaign, "faq_item", id, faq(before.topicId(), before.texts()), faq(topic, texts));
    }

    @Transactional
    void deleteFaqItem(Editor editor, EditableCampaign campaign, UUID id, long expectedVersion) {
        StoredContent.FaqItem before = lockFaqItem(campaign, id, expectedVersion);
        jdbc.sql("delete from faq_item_text where item_id = ?").param(id).update();
        jdbc.sql("delete from faq_item where id = ?").param(id).update();
        changed(editor, campaign, "faq_item", id, faq(before.topicId(), before.texts()), null);
    }

    /** Raises the item's version if it is still the one the editor started from, which also locks the row. */
    private StoredContent.TimelineItem lockTimelineItem(EditableCampaign campaign, UUID id, long expectedVersion) {
        int updated =
                jdbc.sql("""
                        update timeline_item set row_version = row_version + 1
                        where id = ? and campaign_id = ? and row_version = ?""").params(id, campaign.id().value(), expectedVersion).update();
        if (updated != 1) {
            throw new ContentConflict("timeline item " + id);
        }
        return content.timelineItem(campaign.id(), id).orElseThrow();
    }

    private StoredContent.FaqItem lockFaqItem(EditableCampaign campaign, UUID id, long expectedVersion) {
        int updated =
                jdbc.sql("""
                        update faq_item set row_version = row_version + 1
                        where id = ? and row_version = ?
                            and topic_id in (select id from faq_topic where campaign_id = ?)""").params(id, expectedVersion, campaign.id().value()).update();
        if (updated != 1) {
            throw new ContentConflict("FAQ item " + id);
        }
        return content.faqItem(campaign.id(), id).orElseThrow();
    }

    private void requireTopicOf(EditableCampaign campaign, UUID topic) {
        if (content.faqTopics(campaign.id()).stream()
                .noneMatch(stored -> stored.id().equals(topic))) {
            throw new IllegalArgumentException("FAQ topic " + topic + " is not one of " + campaign.slug());
        }
    }

    private void changed(
            Editor editor,
            EditableCampaign campaign,
            String subjectType,
            Object subjectId,
            @Nullable Map<String, Object> before,
            @Nullable Map<String, Object> after) {
        jdbc.sql("update campaign set content_revision = content_revision + 1 where id = ?")
                .param(campaign.id().value())
                .update();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("campaign", campaign.slug());
        details.put("before", before);
        details.put("after", after);
        audit.record(
                editor.actor(),
                editor.ip(),
                "content.changed",
                subjectType,
                subjectId,
                JSON.writeValueAsString(details));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                reloadThisNode();
            }
        });
    }

    /** The other nodes notice the raised revision within their refresh interval; this one need not wait. */
    private void reloadThisNode() {
        try {
            sites.reload();
        } catch (RuntimeException e) {
            log.warn("Reloading campaign content after an edit failed; the scheduled check will retry", e);
        }
    }

    private static Map<String, Object> texts(Map<Language, String> text) {
        Map<String, Object> byLanguage = new LinkedHashMap<>();
        text.forEach((language, value) -> byLanguage.put(language.code(), value));
        return byLanguage;
    }

    private static Map<String, Object> timeline(LocalDate date, Map<Language, TitledText> texts) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("date", date.toString());
        texts.forEach(
                (language, text) -> item.put(language.code(), Map.of("title", text.title(), "body", text.body())));
        return item;
    }

    private static Map<String, Object> faq(UUID topic, Map<Language, QuestionAndAnswer> texts) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("topic", topic.toString());
        texts.forEach((language, text) ->
                item.put(language.code(), Map.of("question", text.question(), "answer", text.answer())));
        return item;
    }
}
