package nl.claimdesk.registration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.claimdesk.campaign.CampaignId;
import nl.claimdesk.identity.AccountId;
import nl.claimdesk.shared.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The registration tables. */
@Repository
class RegistrationStore {

    private final JdbcClient jdbc;

    RegistrationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Existing> find(AccountId account, CampaignId campaign) {
        return jdbc.sql(
                        "select id, idempotency_key, verified_at from registration where account_id = ? and campaign_id = ?")
                .params(account.value(), campaign.value())
                .query((rs, row) -> new Existing(
                        rs.getObject("id", UUID.class),
                        rs.getObject("idempotency_key", UUID.class),
                        rs.getObject("verified_at", OffsetDateTime.class) != null))
                .optional();
    }

    void insertRegistration(UUID id, String reference, SignUp signUp, AccountId account, OffsetDateTime now) {
        Registrant registrant = signUp.registrant();
        jdbc.sql("""
                        insert into registration (id, reference, campaign_id, account_id, kind, first_name, last_name,
                            date_of_birth, postcode, country, language, privacy_acknowledged_at, idempotency_key, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        reference,
                        signUp.campaign().id().value(),
                        account.value(),
                        signUp.kind().name(),
                        registrant.firstName(),
                        registrant.lastName(),
                        registrant.dateOfBirth(),
                        registrant.postcode(),
                        registrant.country(),
                        signUp.language().code(),
                        now,
                        signUp.idempotencyKey(),
                        now)
                .update();
    }

    void insertClaimant(UUID id, UUID registration, int position, ClaimantEntry claimant, OffsetDateTime now) {
        jdbc.sql("""
                        insert into claimant (id, registration_id, position, kind, first_name, last_name, date_of_birth,
                            use_started_year, use_ended_year, parental_authority_declared, status, identity_key, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'REGISTERED', ?, ?)""")
                .params(
                        id,
                        registration,
                        position,
                        claimant.kind().name(),
                        claimant.firstName(),
                        claimant.lastName(),
                        claimant.dateOfBirth(),
                        claimant.use().startYear(),
                        claimant.use().endYear(),
                        claimant.authorityDeclared(),
                        identityKey(claimant),
                        now)
                .update();
    }

    /** Claims the person's identity key in the campaign; false when another claimant had it already. */
    boolean claimIdentity(CampaignId campaign, ClaimantEntry claimant, UUID claimantId) {
        return jdbc.sql("insert into claimant_identity (campaign_id, identity_key, claimant_id) values (?, ?, ?)"
                                + " on conflict do nothing")
                        .params(campaign.value(), identityKey(claimant), claimantId)
                        .update()
                == 1;
    }

    void sendToReview(UUID claimantId, CampaignId campaign, ClaimantEntry claimant, String reason, OffsetDateTime now) {
        UUID first = jdbc.sql("select claimant_id from claimant_identity where campaign_id = ? and identity_key = ?")
                .params(campaign.value(), identityKey(claimant))
                .query(UUID.class)
                .single();
        jdbc.sql("update claimant set status = 'UNDER_REVIEW' where id = ?")
                .param(claimantId)
                .update();
        jdbc.sql(
                        "insert into duplicate_review (id, claimant_id, duplicate_of, reason, created_at) values (?, ?, ?, ?, ?)")
                .params(nl.claimdesk.shared.Ids.newId(), claimantId, first, reason, now)
                .update();
    }

    void recordRepeat(UUID registration, UUID idempotencyKey, OffsetDateTime now) {
        jdbc.sql("insert into repeated_signup (id, registration_id, idempotency_key, created_at) values (?, ?, ?, ?)")
                .params(nl.claimdesk.shared.Ids.newId(), registration, idempotencyKey, now)
                .update();
    }

    /** Marks the registration verified; false if it was already. */
    boolean markVerified(UUID registration, OffsetDateTime now) {
        return jdbc.sql("update registration set verified_at = ? where id = ? and verified_at is null")
                        .params(now, registration)
                        .update()
                == 1;
    }

    List<UnverifiedRegistration> unverified(AccountId account) {
        return jdbc.sql(
                        "select id, campaign_id, language from registration where account_id = ? and verified_at is null")
                .param(account.value())
                .query((rs, row) -> new UnverifiedRegistration(
                        rs.getObject("id", UUID.class),
                        new CampaignId(rs.getObject("campaign_id", UUID.class)),
                        Language.fromCode(rs.getString("language")).orElse(Language.DEFAULT)))
                .list();
    }

    Optional<UnverifiedRegistration> registration(UUID id) {
        return jdbc.sql("select id, campaign_id, language from registration where id = ?")
                .param(id)
                .query((rs, row) -> new UnverifiedRegistration(
                        rs.getObject("id", UUID.class),
                        new CampaignId(rs.getObject("campaign_id", UUID.class)),
                        Language.fromCode(rs.getString("language")).orElse(Language.DEFAULT)))
                .optional();
    }

    List<RegistrationSummary> ofAccount(AccountId account) {
        Map<UUID, RegistrationSummary.Builder> registrations = new LinkedHashMap<>();
        jdbc.sql("""
                        select r.id, r.reference, r.campaign_id, r.kind, r.first_name, r.last_name, r.created_at,
                            r.verified_at, c.id as claimant_id, c.kind as claimant_kind, c.first_name as claimant_first,
                            c.last_name as claimant_last, c.date_of_birth as claimant_birth, c.status as claimant_status
                        from registration r left join claimant c on c.registration_id = r.id
                        where r.account_id = ?
                        order by r.created_at, c.position""").param(account.value()).query(rs -> {
            UUID id = rs.getObject("id", UUID.class);
            RegistrationSummary.Builder builder = registrations.get(id);
            if (builder == null) {
                builder = new RegistrationSummary.Builder(registration(rs));
                registrations.put(id, builder);
            }
            UUID claimantId = rs.getObject("claimant_id", UUID.class);
            if (claimantId != null) {
                builder.claimants.add(new RegistrationSummary.Claimant(
                        claimantId,
                        rs.getString("claimant_kind"),
                        rs.getString("claimant_first"),
                        rs.getString("claimant_last"),
                        rs.getObject("claimant_birth", LocalDate.class),
                        rs.getString("claimant_status")));
            }
        });
        List<RegistrationSummary> summaries = new ArrayList<>();
        registrations.values().forEach(builder -> summaries.add(builder.build()));
        return summaries;
    }

    private static RegistrationSummary registration(ResultSet rs) throws SQLException {
        return new RegistrationSummary(
                rs.getObject("id", UUID.class),
                rs.getString("reference"),
                new CampaignId(rs.getObject("campaign_id", UUID.class)),
                RegistrationKind.valueOf(rs.getString("kind")),
                rs.getString("first_name"),
                rs.getString("last_name"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("verified_at", OffsetDateTime.class),
                List.of());
    }

    private static String identityKey(ClaimantEntry claimant) {
        return ClaimantIdentity.key(claimant.firstName(), claimant.lastName(), claimant.dateOfBirth());
    }

    /** A registration that exists for an account and campaign. */
    record Existing(UUID id, UUID idempotencyKey, boolean verified) {}

    /** A registration whose address is not confirmed yet. */
    record UnverifiedRegistration(UUID id, CampaignId campaign, Language language) {}
}
