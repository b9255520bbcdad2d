package nl.claimdesk.news.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.claimdesk.campaign.CampaignId;
import nl.claimdesk.news.MailingKind;
import nl.claimdesk.shared.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The mailings (table {@code news_mailing}). */
@Component
public class MailingStore {

    private final JdbcClient jdbc;

    MailingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Mailing mailing) {
        jdbc.sql("""
                        insert into news_mailing (id, campaign_id, kind, subject_nl, body_nl, subject_en, body_en,
                            timeline_item_id, publish_on_site, audience_kinds, audience_complete, audience_languages,
                            state, composed_by, composed_by_name, composed_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        mailing.id(),
                        mailing.campaign().value(),
                        mailing.kind().name(),
                        mailing.text(Language.NL).subject(),
                        mailing.text(Language.NL).body(),
                        mailing.text(Language.EN).subject(),
                        mailing.text(Language.EN).body(),
                        mailing.timelineItem(),
                        mailing.publishOnSite(),
                        mailing.audience().storedKinds(),
                        mailing.audience().completeOnly(),
                        mailing.audience().storedLanguages(),
                        mailing.state().name(),
                        mailing.composedBy().id(),
                        mailing.composedBy().name(),
                        mailing.composedAt())
                .update();
    }

    public Optional<Mailing> find(UUID id) {
        return jdbc.sql("select * from news_mailing where id = ?")
                .param(id)
                .query(MailingStore::mailing)
                .optional();
    }

    /** Every mailing, newest first. */
    public List<Mailing> all() {
        return jdbc.sql("select * from news_mailing order by composed_at desc, id")
                .query(MailingStore::mailing)
                .list();
    }

    /** The mailings of these campaigns that have gone out (or are going out), newest first. */
    public List<Mailing> sentFor(List<CampaignId> campaigns) {
        if (campaigns.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select * from news_mailing where campaign_id in (:campaigns) and sending_started_at is not null
                        order by sending_started_at desc, id""")
                .param("campaigns", campaigns.stream().map(CampaignId::value).toList())
                .query(MailingStore::mailing)
                .list();
    }

    void approve(UUID id, Mailing.Person approver, OffsetDateTime at) {
        jdbc.sql("update news_mailing set approved_by = ?, approved_by_name = ?, approved_at = ? where id = ?")
                .params(approver.id(), approver.name(), at, id)
                .update();
    }

    /** Records the timeline item the notice was published as; the mail links to it unless it names another. */
    void published(UUID id, UUID item) {
        jdbc.sql("""
                        update news_mailing set published_item_id = ?, timeline_item_id = coalesce(timeline_item_id, ?)
                        where id = ?""").params(item, item, id).update();
    }

    /** Moves the mailing from one state to another; false when it was no longer in {@code from}. */
    boolean move(UUID id, MailingState from, MailingState to) {
        return jdbc.sql("update news_mailing set state = ? where id = ? and state = ?")
                        .params(to.name(), id, from.name())
                        .update()
                == 1;
    }

    void started(UUID id, Mailing.Person sender, OffsetDateTime at, int recipients) {
        jdbc.sql("""
                        update news_mailing set state = 'SENDING', sent_by = ?, sent_by_name = ?, sending_started_at = ?,
                            recipient_count = ?
                        where id = ?""").params(sender.id(), sender.name(), at, recipients, id).update();
    }

    /** Keeps the final counts with the mailing and marks it finished, once. */
    void finished(UUID id, MailingState state, Progress counts, OffsetDateTime at) {
        jdbc.sql("""
                        update news_mailing set state = ?, finished_at = ?, sent_count = ?, failed_count = ?,
                            skipped_count = ?
                        where id = ? and finished_at is null""")
                .params(state.name(), at, counts.sent(), counts.failed(), counts.skipped(), id)
                .update();
    }

    /** The mailings being sent now, the earliest started first. */
    List<Mailing> sending() {
        return jdbc.sql("select * from news_mailing where state = 'SENDING' order by sending_started_at, id")
                .query(MailingStore::mailing)
                .list();
    }

    private static Mailing mailing(ResultSet rs, int row) throws SQLException {
        return new Mailing(
                rs.getObject("id", UUID.class),
                new CampaignId(rs.getObject("campaign_id", UUID.class)),
                MailingKind.valueOf(rs.getString("kind")),
                Map.of(
                        Language.NL, new Mailing.Text(rs.getString("subject_nl"), rs.getString("body_nl")),
                        Language.EN, new Mailing.Text(rs.getString("subject_en"), rs.getString("body_en"))),
                rs.getObject("timeline_item_id", UUID.class),
                rs.getBoolean("publish_on_site"),
                rs.getObject("published_item_id", UUID.class),
                Audience.stored(
                        rs.getString("audience_kinds"),
                        rs.getBoolean("audience_complete"),
                        rs.getString("audience_languages")),
                MailingState.valueOf(rs.getString("state")),
                new Mailing.Person(rs.getObject("composed_by", UUID.class), rs.getString("composed_by_name")),
                rs.getObject("composed_at", OffsetDateTime.class),
                person(rs, "approved_by"),
                rs.getObject("approved_at", OffsetDateTime.class),
                person(rs, "sent_by"),
                rs.getObject("sending_started_at", OffsetDateTime.class),
                rs.getObject("finished_at", OffsetDateTime.class),
                rs.getObject("recipient_count", Integer.class));
    }

    private static Mailing.@Nullable Person person(ResultSet rs, String column) throws SQLException {
        UUID id = rs.getObject(column, UUID.class);
        return id == null ? null : new Mailing.Person(id, rs.getString(column + "_name"));
    }
}
