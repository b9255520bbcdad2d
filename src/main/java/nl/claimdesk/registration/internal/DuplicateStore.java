package nl.claimdesk.registration.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.claimdesk.campaign.CampaignId;
import nl.claimdesk.registration.DuplicateReviewRecord;
import nl.claimdesk.registration.internal.keys.ClaimantIdentity;
import nl.claimdesk.shared.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who is registered once per campaign: the identity keys ({@code claimant_identity}), the claimants held for review
 * as possible duplicates ({@code duplicate_review}) and the sign-ups sent again ({@code repeated_signup}).
 */
@Repository
public class DuplicateStore {

    private final JdbcClient jdbc;

    DuplicateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the person's identity key in the campaign; false when another claimant had it already. */
    public boolean claimIdentity(CampaignId campaign, ClaimantEntry claimant, UUID claimantId) {
        return jdbc.sql("insert into claimant_identity (campaign_id, identity_key, claimant_id)"
                                + " values (:campaign, :key, :claimant) on conflict do nothing")
                        .param("campaign", campaign.value())
                        .param("key", identityKey(claimant))
                        .param("claimant", claimantId)
                        .update()
                == 1;
    }

    /** Gives the claimant the identity key of their corrected data; false when someone else already holds it. */
    public boolean reclaimIdentity(CampaignId campaign, ClaimantEntry corrected, UUID claimant) {
        jdbc.sql("delete from claimant_identity where claimant_id = :claimant")
                .param("claimant", claimant)
                .update();
        return claimIdentity(campaign, corrected, claimant);
    }

    /** Holds the claimant for review as a duplicate of the claimant that holds the same identity key. */
    public void sendToReview(
            UUID claimantId, CampaignId campaign, ClaimantEntry claimant, String reason, OffsetDateTime now) {
        UUID first = jdbc.sql(
                        "select claimant_id from claimant_identity where campaign_id = :campaign and identity_key = :key")
                .param("campaign", campaign.value())
                .param("key", identityKey(claimant))
                .query(UUID.class)
                .single();
        jdbc.sql("update claimant set status = 'UNDER_REVIEW' where id = :claimant")
                .param("claimant", claimantId)
                .update();
        jdbc.sql("""
                        insert into duplicate_review (id, claimant_id, duplicate_of, reason, created_at)
                        values (:id, :claimant, :first, :reason, :now)""")
                .param("id", Ids.newId())
                .param("claimant", claimantId)
                .param("first", first)
                .param("reason", reason)
                .param("now", now)
                .update();
    }

    public List<DuplicateReviewRecord> reviews(UUID registration) {
        return jdbc.sql("""
                        select d.claimant_id, d.reason, d.created_at, d.resolved_at from duplicate_review d
                        join claimant c on c.id = d.claimant_id where c.registration_id = :registration""")
                .param("registration", registration)
                .query((rs, row) -> new DuplicateReviewRecord(
                        rs.getObject("claimant_id", UUID.class),
                        rs.getString("reason"),
                        rs.getObject("created_at", OffsetDateTime.class),
                        rs.getObject("resolved_at", OffsetDateTime.class)))
                .list();
    }

    public void recordRepeat(UUID registration, UUID idempotencyKey, OffsetDateTime now) {
        jdbc.sql("""
                        insert into repeated_signup (id, registration_id, idempotency_key, created_at)
                        values (:id, :registration, :key, :now)""")
                .param("id", Ids.newId())
                .param("registration", registration)
                .param("key", idempotencyKey)
                .param("now", now)
                .update();
    }

    public int repeatedSignUps(UUID registration) {
        return jdbc.sql("select count(*) from repeated_signup where registration_id = :registration")
                .param("registration", registration)
                .query(Integer.class)
                .single();
    }

    static String identityKey(ClaimantEntry claimant) {
        return ClaimantIdentity.key(claimant.firstName(), claimant.lastName(), claimant.dateOfBirth());
    }
}
