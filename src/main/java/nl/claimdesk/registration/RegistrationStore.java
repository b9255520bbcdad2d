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
import nl.claimdesk.shared.EmailAddress;
import nl.claimdesk.shared.Ids;
import nl.claimdesk.shared.Language;
import org.jspecify.annotations.Nullable;
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
        return jdbc.sql("select id, verified_at from registration where account_id = ? and campaign_id = ?")
                .params(account.value(), campaign.value())
                .query((rs, row) -> new Existing(
                        rs.getObject("id", UUID.class), rs.getObject("verified_at", OffsetDateTime.class) != null))
                .optional();
    }

    void insertRegistration(UUID id, String reference, SignUp signUp, AccountId account, OffsetDateTime now) {
        Registrant registrant = signUp.registrant();
        jdbc.sql("""
                        insert into registration (id, reference, campaign_id, account_id, kind, first_name, last_name,
                            date_of_birth, postcode, country, language, privacy_acknowledged_at, idempotency_key, created_at,
                            email, email_key, name_key, last_name_key, postcode_key)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
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
                        now,
                        registrant.email().value(),
                        SearchKeys.email(registrant.email().normalised()),
                        SearchKeys.fullName(registrant.firstName(), registrant.lastName()),
                        SearchKeys.name(registrant.lastName()),
                        SearchKeys.postcode(registrant.postcode()))
                .update();
    }

    void insertClaimant(UUID id, UUID registration, int position, ClaimantEntry claimant, OffsetDateTime now) {
        jdbc.sql("""
                        insert into claimant (id, registration_id, position, kind, first_name, last_name, date_of_birth,
                            use_started_year, use_ended_year, parental_authority_declared, status, identity_key, created_at,
                            name_key, last_name_key, registration_created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'REGISTERED', ?, ?, ?, ?,
                            (select r.created_at from registration r where r.id = ?))""")
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
                        now,
                        SearchKeys.fullName(claimant.firstName(), claimant.lastName()),
                        SearchKeys.name(claimant.lastName()),
                        registration)
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
                .params(Ids.newId(), claimantId, first, reason, now)
                .update();
    }

    void recordRepeat(UUID registration, UUID idempotencyKey, OffsetDateTime now) {
        jdbc.sql("insert into repeated_signup (id, registration_id, idempotency_key, created_at) values (?, ?, ?, ?)")
                .params(Ids.newId(), registration, idempotencyKey, now)
                .update();
    }

    /** Marks the registration verified; false if it was already. */
    boolean markVerified(UUID registration, OffsetDateTime now) {
        return jdbc.sql("update registration set verified_at = ? where id = ? and verified_at is null")
                        .params(now, registration)
                        .update()
                == 1;
    }

    boolean isVerified(UUID registration) {
        return jdbc.sql("select count(*) from registration where id = ? and verified_at is not null")
                        .param(registration)
                        .query(Integer.class)
                        .single()
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
        return summaries("r.account_id = ?", account.value());
    }

    Optional<RegistrationSummary> summary(UUID registration) {
        return summaries("r.id = ?", registration).stream().findFirst();
    }

    /** The registrations matching {@code condition}, each with the claimants its owner still acts for. */
    private List<RegistrationSummary> summaries(String condition, Object parameter) {
        Map<UUID, RegistrationSummary> registrations = new LinkedHashMap<>();
        Map<UUID, List<RegistrationSummary.Claimant>> claimants = new LinkedHashMap<>();
        jdbc.sql("""
                        select r.*, c.id as claimant_id, c.kind as claimant_kind, c.first_name as claimant_first,
                            c.last_name as claimant_last, c.date_of_birth as claimant_birth, c.status as claimant_status,
                            c.use_started_year, c.use_ended_year, c.participation_completed_at, c.came_of_age_on,
                            c.withdrawn_at as claimant_withdrawn_at
                        from registration r
                        left join claimant c on c.registration_id = r.id and c.status <> 'HANDED_OVER'
                        """ + " where " + condition + " order by r.created_at, c.position")
                .param(parameter)
                .query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    if (!registrations.containsKey(id)) {
                        registrations.put(id, registration(rs));
                        claimants.put(id, new ArrayList<>());
                    }
                    UUID claimantId = rs.getObject("claimant_id", UUID.class);
                    if (claimantId != null) {
                        claimants.get(id).add(claimant(rs, claimantId));
                    }
                });
        List<RegistrationSummary> summaries = new ArrayList<>();
        registrations.forEach((id, registration) -> summaries.add(withClaimants(registration, claimants.get(id))));
        return summaries;
    }

    static RegistrationSummary registration(ResultSet rs) throws SQLException {
        return new RegistrationSummary(
                rs.getObject("id", UUID.class),
                rs.getString("reference"),
                new CampaignId(rs.getObject("campaign_id", UUID.class)),
                RegistrationKind.valueOf(rs.getString("kind")),
                rs.getString("first_name"),
                rs.getString("last_name"),
                rs.getObject("date_of_birth", LocalDate.class),
                rs.getString("postcode"),
                rs.getString("country"),
                Language.fromCode(rs.getString("language")).orElse(Language.DEFAULT),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("verified_at", OffsetDateTime.class),
                rs.getObject("withdrawn_at", OffsetDateTime.class),
                List.of());
    }

    static RegistrationSummary.Claimant claimant(ResultSet rs, UUID id) throws SQLException {
        Object ended = rs.getObject("use_ended_year");
        return new RegistrationSummary.Claimant(
                id,
                ClaimantKind.CHILD.name().equals(rs.getString("claimant_kind")),
                rs.getString("claimant_first"),
                rs.getString("claimant_last"),
                rs.getObject("claimant_birth", LocalDate.class),
                rs.getInt("use_started_year"),
                ended == null ? null : ((Number) ended).intValue(),
                ClaimantStatus.valueOf(rs.getString("claimant_status")),
                rs.getObject("participation_completed_at", OffsetDateTime.class),
                rs.getObject("came_of_age_on", LocalDate.class),
                rs.getObject("claimant_withdrawn_at", OffsetDateTime.class));
    }

    private static RegistrationSummary withClaimants(
            RegistrationSummary r, List<RegistrationSummary.Claimant> claimants) {
        return new RegistrationSummary(
                r.id(),
                r.reference(),
                r.campaign(),
                r.kind(),
                r.firstName(),
                r.lastName(),
                r.dateOfBirth(),
                r.postcode(),
                r.country(),
                r.language(),
                r.createdAt(),
                r.verifiedAt(),
                r.withdrawnAt(),
                List.copyOf(claimants));
    }

    void recordEvent(
            UUID registration,
            @Nullable UUID claimant,
            String kind,
            String actor,
            @Nullable String detail,
            OffsetDateTime at) {
        insertEvent(registration, claimant, kind, actor, detail, at, false);
    }

    /** An entry of the history that only staff see (e.g. suspected fraud): never in Mijn dossier or the export. */
    void recordInternalEvent(
            UUID registration, @Nullable UUID claimant, String kind, String actor, String detail, OffsetDateTime at) {
        insertEvent(registration, claimant, kind, actor, detail, at, true);
    }

    private void insertEvent(
            UUID registration,
            @Nullable UUID claimant,
            String kind,
            String actor,
            @Nullable String detail,
            OffsetDateTime at,
            boolean internal) {
        jdbc.sql("""
                        insert into registration_event (id, registration_id, claimant_id, kind, actor, occurred_at, detail,
                            internal)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Ids.newId(), registration, claimant, kind, actor, at, detail, internal)
                .update();
    }

    /** What happened to the registration, newest first, as the participant sees it. */
    List<RegistrationEvent> events(UUID registration) {
        return events(registration, false);
    }

    /** The history, newest first; with {@code internal}, also the entries only staff see. */
    List<RegistrationEvent> events(UUID registration, boolean internal) {
        return jdbc.sql("select kind, actor, occurred_at, claimant_id, detail from registration_event"
                        + " where registration_id = ?" + (internal ? "" : " and internal = false")
                        + " order by occurred_at desc, id desc")
                .param(registration)
                .query((rs, row) -> new RegistrationEvent(
                        rs.getString("kind"),
                        rs.getString("actor"),
                        rs.getObject("occurred_at", OffsetDateTime.class),
                        rs.getObject("claimant_id", UUID.class),
                        rs.getString("detail")))
                .list();
    }

    /** Children of the campaign born on or before {@code bornBy} who are still registered and not yet of age. */
    List<ComingOfAgeCandidate> comingOfAge(CampaignId campaign, LocalDate bornBy) {
        return jdbc.sql("""
                        select c.id, c.registration_id, c.first_name, c.last_name, c.date_of_birth from claimant c
                        join registration r on r.id = c.registration_id
                        where r.campaign_id = ? and c.kind = 'CHILD' and c.status in ('REGISTERED', 'UNDER_REVIEW')
                            and c.came_of_age_on is null and c.date_of_birth <= ?""")
                .params(campaign.value(), bornBy)
                .query((rs, row) -> new ComingOfAgeCandidate(
                        rs.getObject("id", UUID.class),
                        rs.getObject("registration_id", UUID.class),
                        rs.getString("first_name") + " " + rs.getString("last_name"),
                        rs.getObject("date_of_birth", LocalDate.class)))
                .list();
    }

    /** Marks the claimant as come of age; false when another run did so first. */
    boolean markCameOfAge(UUID claimant, LocalDate on) {
        return jdbc.sql("update claimant set came_of_age_on = ? where id = ? and came_of_age_on is null")
                        .params(on, claimant)
                        .update()
                == 1;
    }

    record ComingOfAgeCandidate(UUID claimant, UUID registration, String name, LocalDate dateOfBirth) {}

    void insertInvitation(UUID id, UUID claimant, String email, OffsetDateTime at) {
        jdbc.sql("insert into handover_invitation (id, claimant_id, email, created_at) values (?, ?, ?, ?)")
                .params(id, claimant, email, at)
                .update();
    }

    /** Invitations made on the account's registrations since {@code since} that nobody accepted. */
    int openInvitations(AccountId parent, OffsetDateTime since) {
        return jdbc.sql("""
                        select count(*) from handover_invitation i join claimant c on c.id = i.claimant_id
                        join registration r on r.id = c.registration_id
                        where r.account_id = ? and i.accepted_at is null and i.created_at > ?""").params(parent.value(), since).query(Integer.class).single();
    }

    List<UUID> unacceptedInvitations(UUID claimant) {
        return jdbc.sql("select id from handover_invitation where claimant_id = ? and accepted_at is null")
                .param(claimant)
                .query(UUID.class)
                .list();
    }

    Optional<Invitation> invitation(UUID id) {
        return jdbc.sql("""
                        select i.id, i.claimant_id, i.email, i.accepted_at, c.registration_id from handover_invitation i
                        join claimant c on c.id = i.claimant_id where i.id = ?""")
                .param(id)
                .query((rs, row) -> new Invitation(
                        rs.getObject("id", UUID.class),
                        rs.getObject("claimant_id", UUID.class),
                        rs.getObject("registration_id", UUID.class),
                        rs.getString("email"),
                        rs.getObject("accepted_at", OffsetDateTime.class) != null))
                .optional();
    }

    boolean acceptInvitation(UUID id, OffsetDateTime at) {
        return jdbc.sql("update handover_invitation set accepted_at = ? where id = ? and accepted_at is null")
                        .params(at, id)
                        .update()
                == 1;
    }

    /** A registration of the young adult's own, made from the claimant their parent registered. */
    void insertTakenOverRegistration(
            UUID id,
            RegistrationSummary parents,
            RegistrationSummary.Claimant claimant,
            AccountId account,
            EmailAddress email,
            OffsetDateTime at) {
        jdbc.sql("""
                        insert into registration (id, reference, campaign_id, account_id, kind, first_name, last_name,
                            date_of_birth, postcode, country, language, privacy_acknowledged_at, idempotency_key,
                            created_at, verified_at, email, email_key, name_key, last_name_key, postcode_key)
                        values (?, ?, ?, ?, 'SELF', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        RegistrationReference.random(),
                        parents.campaign().value(),
                        account.value(),
                        claimant.firstName(),
                        claimant.lastName(),
                        claimant.dateOfBirth(),
                        parents.postcode(),
                        parents.country(),
                        parents.language().code(),
                        at,
                        UUID.randomUUID(),
                        at,
                        at,
                        email.value(),
                        SearchKeys.email(email.normalised()),
                        SearchKeys.fullName(claimant.firstName(), claimant.lastName()),
                        SearchKeys.name(claimant.lastName()),
                        SearchKeys.postcode(parents.postcode()))
                .update();
    }

    /**
     * Moves the claimant into the young adult's registration: a new claimant row there (the young adult must accept
     * the agreement themself), the old one marked handed over, and the identity key pointing at the new one.
     */
    void handOver(UUID claimant, UUID newClaimant, UUID registration, OffsetDateTime at) {
        jdbc.sql("""
                        insert into claimant (id, registration_id, position, kind, first_name, last_name, date_of_birth,
                            use_started_year, use_ended_year, parental_authority_declared, status, identity_key,
                            created_at, came_of_age_on, name_key, last_name_key, registration_created_at)
                        select ?, ?, ?, 'SELF', first_name, last_name, date_of_birth, use_started_year, use_ended_year,
                            false, case when status in ('UNDER_REVIEW', 'DUPLICATE') then status else 'REGISTERED' end,
                            identity_key, ?, came_of_age_on, name_key, last_name_key,
                            (select r.created_at from registration r where r.id = ?)
                        from claimant where id = ?""")
                .params(newClaimant, registration, nextPosition(registration), at, registration, claimant)
                .update();
        jdbc.sql("update claimant set status = 'HANDED_OVER' where id = ?")
                .param(claimant)
                .update();
        jdbc.sql("update claimant_identity set claimant_id = ? where claimant_id = ?")
                .params(newClaimant, claimant)
                .update();
    }

    record Invitation(UUID id, UUID claimant, UUID registration, String email, boolean accepted) {}

    List<String> invitationsSentTo(UUID registration) {
        return jdbc.sql("""
                        select i.email from handover_invitation i join claimant c on c.id = i.claimant_id
                        where c.registration_id = ? order by i.created_at""").param(registration).query(String.class).list();
    }

    int repeatedSignUps(UUID registration) {
        return jdbc.sql("select count(*) from repeated_signup where registration_id = ?")
                .param(registration)
                .query(Integer.class)
                .single();
    }

    List<DuplicateReviewRecord> reviews(UUID registration) {
        return jdbc.sql("""
                        select d.claimant_id, d.reason, d.created_at, d.resolved_at from duplicate_review d
                        join claimant c on c.id = d.claimant_id where c.registration_id = ?""")
                .param(registration)
                .query((rs, row) -> new DuplicateReviewRecord(
                        rs.getObject("claimant_id", UUID.class),
                        rs.getString("reason"),
                        rs.getObject("created_at", OffsetDateTime.class),
                        rs.getObject("resolved_at", OffsetDateTime.class)))
                .list();
    }

    /**
     * The registration's id and its claimants': the people under whose keys the audit log seals personal values
     * about this registration.
     */
    List<UUID> auditSubjects(UUID registration) {
        List<UUID> subjects = new ArrayList<>(List.of(registration));
        subjects.addAll(jdbc.sql("select id from claimant where registration_id = ?")
                .param(registration)
                .query(UUID.class)
                .list());
        return subjects;
    }

    /** Removes everything of a registration that was never completed by an acceptance. */
    void delete(UUID registration) {
        String claimants = "select id from claimant where registration_id = ?";
        jdbc.sql("delete from handover_invitation where claimant_id in (" + claimants + ")")
                .param(registration)
                .update();
        jdbc.sql("delete from duplicate_review where claimant_id in (" + claimants + ") or duplicate_of in ("
                        + claimants + ")")
                .params(registration, registration)
                .update();
        jdbc.sql("delete from claimant_identity where claimant_id in (" + claimants + ")")
                .param(registration)
                .update();
        jdbc.sql("delete from registration_event where registration_id = ?")
                .param(registration)
                .update();
        jdbc.sql("delete from repeated_signup where registration_id = ?")
                .param(registration)
                .update();
        jdbc.sql("delete from claimant where registration_id = ?")
                .param(registration)
                .update();
        jdbc.sql("delete from registration where id = ?").param(registration).update();
    }

    /**
     * Keeps only the shell of a registration whose acceptances must be kept as proof: names, dates of birth,
     * postcode and the identity keys go; the reference, campaign, kind, dates and the history stay.
     */
    void anonymise(UUID registration, OffsetDateTime at) {
        jdbc.sql(
                        "delete from handover_invitation where claimant_id in (select id from claimant where registration_id = ?)")
                .param(registration)
                .update();
        jdbc.sql(
                        "delete from claimant_identity where claimant_id in (select id from claimant where registration_id = ?)")
                .param(registration)
                .update();
        jdbc.sql("""
                        update claimant set first_name = null, last_name = null, date_of_birth = null, anonymised_at = ?,
                            identity_key = 'anonymised:' || id, name_key = '', last_name_key = ''
                        where registration_id = ?""").params(at, registration).update();
        jdbc.sql("""
                        update registration set first_name = null, last_name = null, date_of_birth = null, postcode = null,
                            withdrawal_reason = null, anonymised_at = ?, name_key = '', last_name_key = '', postcode_key = ''
                        where id = ?""").params(at, registration).update();
    }

    /** Registrations withdrawn before {@code before} whose personal data is still there. */
    List<UUID> withdrawnNotAnonymised(OffsetDateTime before) {
        return jdbc.sql("select id from registration where withdrawn_at <= ? and anonymised_at is null")
                .param(before)
                .query(UUID.class)
                .list();
    }

    /** Withdrawn claimants of registrations that go on, withdrawn before {@code before}, not yet anonymised. */
    List<ClaimantRef> withdrawnClaimantsNotAnonymised(OffsetDateTime before) {
        return jdbc.sql("""
                        select c.id, c.registration_id from claimant c join registration r on r.id = c.registration_id
                        where c.status = 'WITHDRAWN' and c.withdrawn_at <= ? and c.anonymised_at is null
                            and r.withdrawn_at is null""")
                .param(before)
                .query((rs, row) ->
                        new ClaimantRef(rs.getObject("id", UUID.class), rs.getObject("registration_id", UUID.class)))
                .list();
    }

    void anonymiseClaimant(UUID claimant, OffsetDateTime at) {
        jdbc.sql("delete from handover_invitation where claimant_id = ?")
                .param(claimant)
                .update();
        jdbc.sql("delete from claimant_identity where claimant_id = ?")
                .param(claimant)
                .update();
        jdbc.sql("""
                        update claimant set first_name = null, last_name = null, date_of_birth = null, anonymised_at = ?,
                            identity_key = 'anonymised:' || id, name_key = '', last_name_key = ''
                        where id = ? and anonymised_at is null""").params(at, claimant).update();
    }

    record ClaimantRef(UUID claimant, UUID registration) {}

    public record DuplicateReviewRecord(
            UUID claimant,
            String reason,
            OffsetDateTime createdAt,
            @Nullable OffsetDateTime resolvedAt) {}

    /** Unconfirmed registrations created before {@code before}; with {@code unremindedOnly}, those not reminded yet. */
    List<Unconfirmed> unconfirmedBefore(OffsetDateTime before, boolean unremindedOnly) {
        return jdbc.sql("select id, account_id, campaign_id, language, withdrawn_at, created_at from registration"
                        + " where verified_at is null and created_at <= ?"
                        + (unremindedOnly ? " and reminded_at is null" : ""))
                .param(before)
                .query((rs, row) -> new Unconfirmed(
                        rs.getObject("id", UUID.class),
                        new AccountId(rs.getObject("account_id", UUID.class)),
                        new CampaignId(rs.getObject("campaign_id", UUID.class)),
                        Language.fromCode(rs.getString("language")).orElse(Language.DEFAULT),
                        rs.getObject("withdrawn_at", OffsetDateTime.class) != null,
                        rs.getObject("created_at", OffsetDateTime.class)))
                .list();
    }

    boolean markReminded(UUID registration, OffsetDateTime at) {
        return jdbc.sql(
                                "update registration set reminded_at = ? where id = ? and reminded_at is null and verified_at is null")
                        .params(at, registration)
                        .update()
                == 1;
    }

    int registrationsOf(AccountId account) {
        return jdbc.sql("select count(*) from registration where account_id = ?")
                .param(account.value())
                .query(Integer.class)
                .single();
    }

    record Unconfirmed(
            UUID id,
            AccountId account,
            CampaignId campaign,
            Language language,
            boolean withdrawn,
            OffsetDateTime createdAt) {}

    AccountId owner(UUID registration) {
        return new AccountId(jdbc.sql("select account_id from registration where id = ?")
                .param(registration)
                .query(UUID.class)
                .single());
    }

    int nextPosition(UUID registration) {
        return jdbc.sql("select coalesce(max(position), -1) + 1 from claimant where registration_id = ?")
                .param(registration)
                .query(Integer.class)
                .single();
    }

    void markParticipationComplete(UUID claimant, OffsetDateTime at) {
        jdbc.sql(
                        "update claimant set participation_completed_at = ? where id = ? and participation_completed_at is null")
                .params(at, claimant)
                .update();
    }

    /** Withdraws the claimant; false if it was withdrawn (or handed over) already. */
    boolean withdrawClaimant(UUID claimant, OffsetDateTime at) {
        return jdbc.sql("""
                                update claimant set status = 'WITHDRAWN', withdrawn_at = ?
                                where id = ? and status in ('REGISTERED', 'UNDER_REVIEW', 'DUPLICATE')""").params(at, claimant).update() == 1;
    }

    /** Withdraws the registration as a whole; false if it was withdrawn already. */
    boolean withdrawRegistration(UUID registration, String channel, @Nullable String reason, OffsetDateTime at) {
        return jdbc.sql("""
                                update registration set withdrawn_at = ?, withdrawal_channel = ?, withdrawal_reason = ?
                                where id = ? and withdrawn_at is null""").params(at, channel, reason, registration).update() == 1;
    }

    void correctClaimant(UUID claimant, ClaimantEntry corrected) {
        jdbc.sql("""
                        update claimant set first_name = ?, last_name = ?, date_of_birth = ?, use_started_year = ?,
                            use_ended_year = ?, identity_key = ?, name_key = ?, last_name_key = ?
                        where id = ?""")
                .params(
                        corrected.firstName(),
                        corrected.lastName(),
                        corrected.dateOfBirth(),
                        corrected.use().startYear(),
                        corrected.use().endYear(),
                        identityKey(corrected),
                        SearchKeys.fullName(corrected.firstName(), corrected.lastName()),
                        SearchKeys.name(corrected.lastName()),
                        claimant)
                .update();
    }

    /** Gives the claimant the identity key of their corrected data; false when someone else already holds it. */
    boolean reclaimIdentity(CampaignId campaign, ClaimantEntry corrected, UUID claimant) {
        jdbc.sql("delete from claimant_identity where claimant_id = ?")
                .param(claimant)
                .update();
        return claimIdentity(campaign, corrected, claimant);
    }

    void correctRegistrant(
            UUID registration,
            String firstName,
            String lastName,
            LocalDate dateOfBirth,
            String postcode,
            String country) {
        jdbc.sql("""
                        update registration set first_name = ?, last_name = ?, date_of_birth = ?, postcode = ?, country = ?,
                            name_key = ?, last_name_key = ?, postcode_key = ?
                        where id = ?""")
                .params(
                        firstName,
                        lastName,
                        dateOfBirth,
                        postcode,
                        country,
                        SearchKeys.fullName(firstName, lastName),
                        SearchKeys.name(lastName),
                        SearchKeys.postcode(postcode),
                        registration)
                .update();
    }

    /** Keeps the copy of the account's address on its registrations in step with the account. */
    void copyEmail(AccountId account, EmailAddress email) {
        jdbc.sql("update registration set email = ?, email_key = ? where account_id = ?")
                .params(email.value(), SearchKeys.email(email.normalised()), account.value())
                .update();
    }

    private static String identityKey(ClaimantEntry claimant) {
        return ClaimantIdentity.key(claimant.firstName(), claimant.lastName(), claimant.dateOfBirth());
    }

    /** A registration that exists for an account and campaign. */
    record Existing(UUID id, boolean verified) {}

    /** A registration whose address is not confirmed yet. */
    record UnverifiedRegistration(UUID id, CampaignId campaign, Language language) {}
}
