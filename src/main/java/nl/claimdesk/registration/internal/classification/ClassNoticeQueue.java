package nl.claimdesk.registration.internal.classification;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.claimdesk.campaign.CampaignId;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The registrations still to be told that a class version changed where their claimants stand ({@code
 * class_notice}): filled set-based by a publication, emptied batch by batch by {@link ClassNotices}.
 */
@Repository
class ClassNoticeQueue {

    private final JdbcClient jdbc;

    ClassNoticeQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Queues one notice per confirmed, not withdrawn registration of the campaign in {@code range} with a claimant
     * whose outcome changed under version {@code number}, in the caller's transaction: the registrations with a
     * class history entry written at {@code at}, the publication's moment. They are found from the registrations of
     * the range through the history's index on registration and time; asking {@code claimant_class} for {@code
     * changed_in = number} instead would let PostgreSQL scan that whole table per slice, as no statistics know the new
     * number yet (docs/adr/0059).
     *
     * @return how many registrations will be told
     */
    int queue(CampaignId campaign, int number, OffsetDateTime at, ClaimantRange range) {
        Map<String, Object> params = new HashMap<>();
        String only = range.where(params, "e");
        return jdbc.sql("""
                        insert into class_notice (registration_id, class_version, campaign_id, queued_at)
                        select distinct r.id, :number, r.campaign_id, :at
                        from registration r join registration_event e on e.registration_id = r.id
                        where r.campaign_id = :campaign and r.verified_at is not null and r.withdrawn_at is null
                            and e.occurred_at = :at and e.actor = 'SYSTEM'
                            and e.kind in ('CLASS_IN_CLASS', 'CLASS_OUTSIDE', 'CLASS_INFORMATION_NEEDED')%s""".formatted(only))
                .params(params)
                .param("campaign", campaign.value())
                .param("number", number)
                .param("at", stored(at))
                .update();
    }

    /** {@code at} as the database stores it, to the microsecond, so that the history's time compares equal. */
    static OffsetDateTime stored(OffsetDateTime at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    /** Locks up to {@code max} queued notices that no other transaction holds, oldest first. */
    List<Notice> claim(int max) {
        return jdbc.sql("""
                        select registration_id, class_version, campaign_id from class_notice
                        order by queued_at, registration_id limit :max for update skip locked""")
                .param("max", max)
                .query((rs, row) -> new Notice(
                        rs.getObject("registration_id", UUID.class),
                        rs.getInt("class_version"),
                        new CampaignId(rs.getObject("campaign_id", UUID.class))))
                .list();
    }

    /**
     * The claimants of the notice's registration whose outcome last changed under the notice's version, if the
     * registration is still confirmed and not withdrawn, in their order. A claimant changed again by a later version
     * is left to that version's notice, which tells the newer standing.
     */
    void changedClaimants(Notice notice, RowCallbackHandler each) {
        jdbc.sql("""
                        select r.account_id, r.language, c.first_name, c.last_name, k.status as class_status,
                            k.sub_class as class_sub_class, k.detail as class_detail, k.version as class_version
                        from claimant c join registration r on r.id = c.registration_id
                            join claimant_class k on k.claimant_id = c.id
                        where r.id = :registration and k.changed_in = :number
                            and r.verified_at is not null and r.withdrawn_at is null
                        order by c.position""")
                .param("registration", notice.registration())
                .param("number", notice.version())
                .query(each);
    }

    /** Removes a claimed notice: its mail is in the outbox, or there was nobody left to tell. */
    void done(Notice notice) {
        jdbc.sql("delete from class_notice where registration_id = :registration and class_version = :number")
                .param("registration", notice.registration())
                .param("number", notice.version())
                .update();
    }

    record Notice(UUID registration, int version, CampaignId campaign) {}
}
