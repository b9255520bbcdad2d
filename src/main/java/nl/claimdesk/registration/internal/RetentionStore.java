package nl.claimdesk.registration.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.claimdesk.campaign.CampaignId;
import nl.claimdesk.identity.AccountId;
import nl.claimdesk.shared.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the retention jobs find and remove: unconfirmed sign-ups, and the personal data of withdrawn ones. */
@Repository
public class RetentionStore {

    private static final String CLAIMANTS_OF_REGISTRATION = "registration_id = :id";
    private static final String CLAIMANT_NOT_ANONYMISED = "id = :id and anonymised_at is null";

    private final JdbcClient jdbc;

    RetentionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Unconfirmed registrations created before {@code before}; with {@code unremindedOnly}, those not reminded yet. */
    public List<Unconfirmed> unconfirmedBefore(OffsetDateTime before, boolean unremindedOnly) {
        return jdbc.sql("select id, account_id, campaign_id, language, withdrawn_at, created_at from registration"
                        + " where verified_at is null and created_at <= :before"
                        + (unremindedOnly ? " and reminded_at is null" : ""))
                .param("before", before)
                .query((rs, row) -> new Unconfirmed(
                        rs.getObject("id", UUID.class),
                        new AccountId(rs.getObject("account_id", UUID.class)),
                        new CampaignId(rs.getObject("campaign_id", UUID.class)),
                        Language.fromCode(rs.getString("language")).orElse(Language.DEFAULT),
                        rs.getObject("withdrawn_at", OffsetDateTime.class) != null,
                        rs.getObject("created_at", OffsetDateTime.class)))
                .list();
    }

    public boolean markReminded(UUID registration, OffsetDateTime at) {
        return jdbc.sql("""
                                update registration set reminded_at = :at
                                where id = :registration and reminded_at is null and verified_at is null""").param("at", at).param("registration", registration).update() == 1;
    }

    /** Removes everything of a registration that was never completed by an acceptance. */
    public void delete(UUID registration) {
        String claimants = "select id from claimant where registration_id = :registration";
        for (String statement : List.of(
                "delete from handover_invitation where claimant_id in (" + claimants + ")",
                "delete from duplicate_review where claimant_id in (" + claimants + ") or duplicate_of in (" + claimants
                        + ")",
                "delete from claimant_identity where claimant_id in (" + claimants + ")",
                "delete from claimant_class where claimant_id in (" + claimants + ")",
                "delete from registration_event where registration_id = :registration",
                "delete from repeated_signup where registration_id = :registration",
                "delete from claimant where registration_id = :registration",
                "delete from registration where id = :registration")) {
            jdbc.sql(statement).param("registration", registration).update();
        }
    }

    /** Registrations withdrawn before {@code before} whose personal data is still there. */
    public List<UUID> withdrawnNotAnonymised(OffsetDateTime before) {
        return jdbc.sql("select id from registration where withdrawn_at <= :before and anonymised_at is null")
                .param("before", before)
                .query(UUID.class)
                .list();
    }

    /** Withdrawn claimants of registrations that go on, withdrawn before {@code before}, not yet anonymised. */
    public List<ClaimantRef> withdrawnClaimantsNotAnonymised(OffsetDateTime before) {
        return jdbc.sql("""
                        select c.id, c.registration_id from claimant c join registration r on r.id = c.registration_id
                        where c.status = 'WITHDRAWN' and c.withdrawn_at <= :before and c.anonymised_at is null
                            and r.withdrawn_at is null""")
                .param("before", before)
                .query((rs, row) ->
                        new ClaimantRef(rs.getObject("id", UUID.class), rs.getObject("registration_id", UUID.class)))
                .list();
    }

    /**
     * Keeps only the shell of a registration whose acceptances must be kept as proof: names, dates of birth,
     * postcode and the identity keys go; the reference, campaign, kind, dates and the history stay.
     */
    public void anonymise(UUID registration, OffsetDateTime at) {
        anonymiseClaimants(CLAIMANTS_OF_REGISTRATION, registration, at);
        jdbc.sql("""
                        update registration set first_name = null, last_name = null, date_of_birth = null, postcode = null,
                            withdrawal_reason = null, anonymised_at = :at, name_key = '', last_name_key = '', postcode_key = ''
                        where id = :registration""").param("at", at).param("registration", registration).update();
    }

    /** Anonymises one withdrawn claimant of a registration that goes on. */
    public void anonymiseClaimant(UUID claimant, OffsetDateTime at) {
        anonymiseClaimants(CLAIMANT_NOT_ANONYMISED, claimant, at);
    }

    /**
     * Forgets who the claimants that {@code condition} selects are: their invitations, identity keys, names and the
     * class status derived from their facts.
     */
    private void anonymiseClaimants(String condition, UUID id, OffsetDateTime at) {
        String claimants = "select id from claimant where " + condition;
        jdbc.sql("delete from handover_invitation where claimant_id in (" + claimants + ")")
                .param("id", id)
                .update();
        for (String table : List.of("claimant_identity", "claimant_class")) {
            jdbc.sql("delete from " + table + " where claimant_id in (" + claimants + ")")
                    .param("id", id)
                    .update();
        }
        jdbc.sql("""
                        update claimant set first_name = null, last_name = null, date_of_birth = null, anonymised_at = :at,
                            identity_key = 'anonymised:' || id, name_key = '', last_name_key = ''
                        where\s""" + condition).param("at", at).param("id", id).update();
    }

    public record ClaimantRef(UUID claimant, UUID registration) {}

    public record Unconfirmed(
            UUID id,
            AccountId account,
            CampaignId campaign,
            Language language,
            boolean withdrawn,
            OffsetDateTime createdAt) {}
}
