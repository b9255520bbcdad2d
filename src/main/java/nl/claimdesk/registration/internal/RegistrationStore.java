package nl.claimdesk.registration.internal;

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
import nl.claimdesk.campaign.ClassStatus;
import nl.claimdesk.campaign.MissingFact;
import nl.claimdesk.campaign.RegistryChoice;
import nl.claimdesk.identity.AccountId;
import nl.claimdesk.registration.Authority;
import nl.claimdesk.registration.ClaimantFrozen;
import nl.claimdesk.registration.ClaimantKind;
import nl.claimdesk.registration.ClaimantStatus;
import nl.claimdesk.registration.ClassStanding;
import nl.claimdesk.registration.RegistrationKind;
import nl.claimdesk.registration.RegistrationSummary;
import nl.claimdesk.registration.internal.keys.SearchKeys;
import nl.claimdesk.shared.EmailAddress;
import nl.claimdesk.shared.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A registration and its claimants: the tables {@code registration} and {@code claimant}. */
@Repository
public class RegistrationStore {

    private final JdbcClient jdbc;

    RegistrationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Existing> find(AccountId account, CampaignId campaign) {
        return jdbc.sql(
                        "select id, verified_at from registration where account_id = :account and campaign_id = :campaign")
                .param("account", account.value())
                .param("campaign", campaign.value())
                .query((rs, row) -> new Existing(
                        rs.getObject("id", UUID.class), rs.getObject("verified_at", OffsetDateTime.class) != null))
                .optional();
    }

    /** Marks the registration verified; false if it was already. */
    public void insertRegistration(UUID id, String reference, SignUp signUp, AccountId account, OffsetDateTime now) {
        insert(NewRegistration.signedUp(id, reference, signUp, account, now));
    }

    /** A registration of the young adult's own, made from the claimant their parent registered. */
    public void insertTakenOverRegistration(
            UUID id,
            RegistrationSummary parents,
            RegistrationSummary.Claimant claimant,
            AccountId account,
            EmailAddress email,
            OffsetDateTime at) {
        insert(NewRegistration.takenOver(id, parents, claimant, account, email, at));
    }

    private void insert(NewRegistration row) {
        jdbc.sql("""
                        insert into registration (id, reference, campaign_id, account_id, kind, first_name, last_name,
                            date_of_birth, postcode, country, language, privacy_acknowledged_at, idempotency_key,
                            created_at, verified_at, email, email_key, name_key, last_name_key, postcode_key)
                        values (:id, :reference, :campaign, :account, :kind, :firstName, :lastName, :dateOfBirth,
                            :postcode, :country, :language, :createdAt, :idempotencyKey, :createdAt, :verifiedAt,
                            :email, :emailKey, :nameKey, :lastNameKey, :postcodeKey)""").paramSource(row).update();
    }

    public void insertClaimant(UUID id, UUID registration, int position, ClaimantEntry claimant, OffsetDateTime now) {
        jdbc.sql("""
                        insert into claimant (id, registration_id, position, kind, first_name, last_name, date_of_birth,
                            use_started_year, use_started_month, use_ended_year, use_ended_month, residence_country,
                            parental_authority_declared, authority, status, identity_key, created_at,
                            name_key, last_name_key, registration_created_at)
                        values (:id, :registration, :position, :kind, :firstName, :lastName, :dateOfBirth,
                            :useStartedYear, :useStartedMonth, :useEndedYear, :useEndedMonth, :residence,
                            :authorityDeclared, :authority, 'REGISTERED', :identityKey, :createdAt,
                            :nameKey, :lastNameKey, (select r.created_at from registration r where r.id = :registration))""")
                .paramSource(NewClaimant.of(id, registration, position, claimant, now))
                .update();
    }

    public boolean markVerified(UUID registration, OffsetDateTime now) {
        return jdbc.sql("update registration set verified_at = :now where id = :registration and verified_at is null")
                        .param("now", now)
                        .param("registration", registration)
                        .update()
                == 1;
    }

    public boolean isVerified(UUID registration) {
        return jdbc.sql("select count(*) from registration where id = :registration and verified_at is not null")
                        .param("registration", registration)
                        .query(Integer.class)
                        .single()
                == 1;
    }

    public List<UnverifiedRegistration> unverified(AccountId account) {
        return jdbc.sql(
                        "select id, campaign_id, language from registration where account_id = :account and verified_at is null")
                .param("account", account.value())
                .query((rs, row) -> new UnverifiedRegistration(
                        rs.getObject("id", UUID.class),
                        new CampaignId(rs.getObject("campaign_id", UUID.class)),
                        Language.fromCode(rs.getString("language")).orElse(Language.DEFAULT)))
                .list();
    }

    public Optional<UnverifiedRegistration> registration(UUID id) {
        return jdbc.sql("select id, campaign_id, language from registration where id = :id")
                .param("id", id)
                .query((rs, row) -> new UnverifiedRegistration(
                        rs.getObject("id", UUID.class),
                        new CampaignId(rs.getObject("campaign_id", UUID.class)),
                        Language.fromCode(rs.getString("language")).orElse(Language.DEFAULT)))
                .optional();
    }

    public List<RegistrationSummary> ofAccount(AccountId account) {
        return summaries("r.account_id = :key", account.value());
    }

    public Optional<RegistrationSummary> summary(UUID registration) {
        return summaries("r.id = :key", registration).stream().findFirst();
    }

    /** The registrations matching {@code condition}, each with the claimants its owner still acts for. */
    private List<RegistrationSummary> summaries(String condition, Object parameter) {
        Map<UUID, RegistrationSummary> registrations = new LinkedHashMap<>();
        Map<UUID, List<RegistrationSummary.Claimant>> claimants = new LinkedHashMap<>();
        jdbc.sql("""
                        select r.*, c.id as claimant_id, c.kind as claimant_kind, c.first_name as claimant_first,
                            c.last_name as claimant_last, c.date_of_birth as claimant_birth, c.status as claimant_status,
                            c.use_started_year, c.use_ended_year, c.participation_completed_at, c.came_of_age_on,
                            c.use_started_month, c.use_ended_month, c.residence_country, c.authority,
                            k.status as class_status, k.sub_class as class_sub_class, k.detail as class_detail,
                            k.version as class_version, c.registry_choice, c.objection_since,
                            c.withdrawn_at as claimant_withdrawn_at
                        from registration r
                        left join claimant c on c.registration_id = r.id and c.status <> 'HANDED_OVER'
                        left join claimant_class k on k.claimant_id = c.id
                        """ + " where " + condition + " order by r.created_at, c.position")
                .param("key", parameter)
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

    public static RegistrationSummary registration(ResultSet rs) throws SQLException {
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

    public static RegistrationSummary.Claimant claimant(ResultSet rs, UUID id) throws SQLException {
        return new RegistrationSummary.Claimant(
                id,
                ClaimantKind.CHILD.name().equals(rs.getString("claimant_kind")),
                rs.getString("claimant_first"),
                rs.getString("claimant_last"),
                rs.getObject("claimant_birth", LocalDate.class),
                rs.getInt("use_started_year"),
                number(rs, "use_started_month"),
                number(rs, "use_ended_year"),
                number(rs, "use_ended_month"),
                rs.getString("residence_country"),
                rs.getString("authority") == null ? null : Authority.valueOf(rs.getString("authority")),
                ClaimantStatus.valueOf(rs.getString("claimant_status")),
                rs.getObject("participation_completed_at", OffsetDateTime.class),
                rs.getObject("came_of_age_on", LocalDate.class),
                rs.getObject("claimant_withdrawn_at", OffsetDateTime.class),
                classStanding(rs),
                rs.getString("registry_choice") == null
                        ? null
                        : RegistryChoice.valueOf(rs.getString("registry_choice")),
                rs.getObject("objection_since", OffsetDateTime.class));
    }

    private static @Nullable Integer number(ResultSet rs, String column) throws SQLException {
        Object value = rs.getObject(column);
        return value == null ? null : ((Number) value).intValue();
    }

    private static @Nullable ClassStanding classStanding(ResultSet rs) throws SQLException {
        String status = rs.getString("class_status");
        return status == null
                ? null
                : new ClassStanding(
                        ClassStatus.valueOf(status),
                        rs.getString("class_sub_class"),
                        rs.getString("class_detail"),
                        rs.getInt("class_version"));
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

    /**
     * The registration's id and its claimants': the people under whose keys the audit log seals personal values
     * about this registration.
     */
    public List<UUID> auditSubjects(UUID registration) {
        List<UUID> subjects = new ArrayList<>(List.of(registration));
        subjects.addAll(jdbc.sql("select id from claimant where registration_id = :registration")
                .param("registration", registration)
                .query(UUID.class)
                .list());
        return subjects;
    }

    public int registrationsOf(AccountId account) {
        return jdbc.sql("select count(*) from registration where account_id = :account")
                .param("account", account.value())
                .query(Integer.class)
                .single();
    }

    public AccountId owner(UUID registration) {
        return new AccountId(jdbc.sql("select account_id from registration where id = :registration")
                .param("registration", registration)
                .query(UUID.class)
                .single());
    }

    public int nextPosition(UUID registration) {
        return jdbc.sql("select coalesce(max(position), -1) + 1 from claimant where registration_id = :registration")
                .param("registration", registration)
                .query(Integer.class)
                .single();
    }

    /**
     * Locks the claimant's row for the change about to be made in this transaction, and refuses the change while the
     * other parent's objection freezes the record (docs/adr/0048): an objection recorded meanwhile waits for the
     * change, and one recorded before is seen.
     */
    public void lockUnfrozen(UUID claimant) {
        List<Integer> frozen =
                jdbc.sql("""
                        select case when objection_since is null then 0 else 1 end from claimant
                        where id = :claimant for update""").param("claimant", claimant).query(Integer.class).list();
        if (frozen.contains(1)) {
            throw new ClaimantFrozen(claimant);
        }
    }

    /** As {@link #lockUnfrozen} for every claimant of the registration that still takes part. */
    public void lockUnfrozenClaimants(UUID registration) {
        List<UUID> frozen = new ArrayList<>();
        jdbc.sql("""
                        select id, case when objection_since is not null
                            and status in ('REGISTERED', 'UNDER_REVIEW', 'DUPLICATE') then 1 else 0 end as frozen
                        from claimant where registration_id = :registration for update""").param("registration", registration).query((ResultSet rs) -> {
            if (rs.getInt("frozen") == 1) {
                frozen.add(rs.getObject("id", UUID.class));
            }
        });
        if (!frozen.isEmpty()) {
            throw new ClaimantFrozen(frozen.getFirst());
        }
    }

    public void markParticipationComplete(UUID claimant, OffsetDateTime at) {
        jdbc.sql("""
                        update claimant set participation_completed_at = :at
                        where id = :claimant and participation_completed_at is null""").param("at", at).param("claimant", claimant).update();
    }

    /** Withdraws the claimant; false if it was withdrawn (or handed over) already. */
    public boolean withdrawClaimant(UUID claimant, OffsetDateTime at) {
        return jdbc.sql("""
                                update claimant set status = 'WITHDRAWN', withdrawn_at = :at
                                where id = :claimant and status in ('REGISTERED', 'UNDER_REVIEW', 'DUPLICATE')""").param("at", at).param("claimant", claimant).update() == 1;
    }

    /** Withdraws the registration as a whole; false if it was withdrawn already. */
    public boolean withdrawRegistration(UUID registration, String channel, @Nullable String reason, OffsetDateTime at) {
        return jdbc.sql("""
                                update registration set withdrawn_at = :at, withdrawal_channel = :channel, withdrawal_reason = :reason
                                where id = :registration and withdrawn_at is null""")
                        .param("at", at)
                        .param("channel", channel)
                        .param("reason", reason)
                        .param("registration", registration)
                        .update()
                == 1;
    }

    /** Stores the fact the class was missing: the month use started or ended (1-12), or the country of residence. */
    public void giveClassFact(UUID claimant, MissingFact fact, String answer) {
        String column = switch (fact) {
            case USE_START_MONTH -> "use_started_month = cast(:answer as smallint)";
            case USE_END_MONTH -> "use_ended_month = cast(:answer as smallint)";
            case RESIDENCE -> "residence_country = :answer";
        };
        jdbc.sql("update claimant set " + column + " where id = :id")
                .param("answer", answer.strip())
                .param("id", claimant)
                .update();
    }

    public void correctClaimant(UUID claimant, ClaimantEntry corrected) {
        jdbc.sql("""
                        update claimant set first_name = :firstName, last_name = :lastName, date_of_birth = :dateOfBirth,
                            use_started_month = case when use_started_year = :useStartedYear
                                then coalesce(cast(:useStartedMonth as smallint), use_started_month)
                                else cast(:useStartedMonth as smallint) end,
                            use_ended_month = case when use_ended_year = :useEndedYear
                                then coalesce(cast(:useEndedMonth as smallint), use_ended_month)
                                else cast(:useEndedMonth as smallint) end,
                            residence_country = coalesce(cast(:residence as varchar(2)), residence_country),
                            authority = :authority,
                            use_started_year = :useStartedYear, use_ended_year = :useEndedYear, identity_key = :identityKey,
                            name_key = :nameKey, last_name_key = :lastNameKey
                        where id = :id""")
                .param("firstName", corrected.firstName())
                .param("lastName", corrected.lastName())
                .param("dateOfBirth", corrected.dateOfBirth())
                .param("useStartedYear", corrected.use().startYear())
                .param("useEndedYear", corrected.use().endYear())
                .param("useStartedMonth", corrected.use().startMonth())
                .param("useEndedMonth", corrected.use().endMonth())
                .param("residence", corrected.residence())
                .param(
                        "authority",
                        corrected.authority() == null
                                ? null
                                : corrected.authority().name())
                .param("identityKey", DuplicateStore.identityKey(corrected))
                .param("nameKey", SearchKeys.fullName(corrected.firstName(), corrected.lastName()))
                .param("lastNameKey", SearchKeys.name(corrected.lastName()))
                .param("id", claimant)
                .update();
    }

    public void correctRegistrant(
            UUID registration,
            String firstName,
            String lastName,
            LocalDate dateOfBirth,
            String postcode,
            String country) {
        jdbc.sql("""
                        update registration set first_name = :firstName, last_name = :lastName, date_of_birth = :dateOfBirth,
                            postcode = :postcode, country = :country, name_key = :nameKey, last_name_key = :lastNameKey,
                            postcode_key = :postcodeKey
                        where id = :registration""")
                .param("firstName", firstName)
                .param("lastName", lastName)
                .param("dateOfBirth", dateOfBirth)
                .param("postcode", postcode)
                .param("country", country)
                .param("nameKey", SearchKeys.fullName(firstName, lastName))
                .param("lastNameKey", SearchKeys.name(lastName))
                .param("postcodeKey", SearchKeys.postcode(postcode))
                .param("registration", registration)
                .update();
    }

    /** Keeps the copy of the account's address on its registrations in step with the account. */
    public void copyEmail(AccountId account, EmailAddress email) {
        jdbc.sql("update registration set email = :email, email_key = :emailKey where account_id = :account")
                .param("email", email.value())
                .param("emailKey", SearchKeys.email(email.normalised()))
                .param("account", account.value())
                .update();
    }

    /** A registration that exists for an account and campaign. */
    public record Existing(UUID id, boolean verified) {}

    /** A registration whose address is not confirmed yet. */
    public record UnverifiedRegistration(UUID id, CampaignId campaign, Language language) {}
}
