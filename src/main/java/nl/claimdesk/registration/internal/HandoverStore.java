package nl.claimdesk.registration.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.claimdesk.campaign.CampaignId;
import nl.claimdesk.identity.AccountId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The hand-over at eighteen: children coming of age, the invitations to take over ({@code handover_invitation}) and
 * the move of the claimant into the young adult's own registration.
 */
@Repository
public class HandoverStore {

    private final JdbcClient jdbc;

    HandoverStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Children of the campaign born on or before {@code bornBy} who are still registered and not yet of age. */
    public List<ComingOfAgeCandidate> comingOfAge(CampaignId campaign, LocalDate bornBy) {
        return jdbc.sql("""
                        select c.id, c.registration_id, c.first_name, c.last_name, c.date_of_birth from claimant c
                        join registration r on r.id = c.registration_id
                        where r.campaign_id = :campaign and c.kind = 'CHILD' and c.status in ('REGISTERED', 'UNDER_REVIEW')
                            and c.came_of_age_on is null and c.date_of_birth <= :bornBy""")
                .param("campaign", campaign.value())
                .param("bornBy", bornBy)
                .query((rs, row) -> new ComingOfAgeCandidate(
                        rs.getObject("id", UUID.class),
                        rs.getObject("registration_id", UUID.class),
                        rs.getString("first_name") + " " + rs.getString("last_name"),
                        rs.getObject("date_of_birth", LocalDate.class)))
                .list();
    }

    /** Marks the claimant as come of age; false when another run did so first. */
    public boolean markCameOfAge(UUID claimant, LocalDate on) {
        return jdbc.sql("update claimant set came_of_age_on = :on where id = :claimant and came_of_age_on is null")
                        .param("on", on)
                        .param("claimant", claimant)
                        .update()
                == 1;
    }

    public void insertInvitation(UUID id, UUID claimant, String email, OffsetDateTime at) {
        jdbc.sql("""
                        insert into handover_invitation (id, claimant_id, email, created_at)
                        values (:id, :claimant, :email, :at)""")
                .param("id", id)
                .param("claimant", claimant)
                .param("email", email)
                .param("at", at)
                .update();
    }

    /** Invitations made on the account's registrations since {@code since} that nobody accepted. */
    public int openInvitations(AccountId parent, OffsetDateTime since) {
        return jdbc.sql("""
                        select count(*) from handover_invitation i join claimant c on c.id = i.claimant_id
                        join registration r on r.id = c.registration_id
                        where r.account_id = :parent and i.accepted_at is null and i.created_at > :since""")
                .param("parent", parent.value())
                .param("since", since)
                .query(Integer.class)
                .single();
    }

    public List<UUID> unacceptedInvitations(UUID claimant) {
        return jdbc.sql("select id from handover_invitation where claimant_id = :claimant and accepted_at is null")
                .param("claimant", claimant)
                .query(UUID.class)
                .list();
    }

    public Optional<Invitation> invitation(UUID id) {
        return jdbc.sql("""
                        select i.id, i.claimant_id, i.email, i.accepted_at, c.registration_id from handover_invitation i
                        join claimant c on c.id = i.claimant_id where i.id = :id""")
                .param("id", id)
                .query((rs, row) -> new Invitation(
                        rs.getObject("id", UUID.class),
                        rs.getObject("claimant_id", UUID.class),
                        rs.getObject("registration_id", UUID.class),
                        rs.getString("email"),
                        rs.getObject("accepted_at", OffsetDateTime.class) != null))
                .optional();
    }

    public boolean acceptInvitation(UUID id, OffsetDateTime at) {
        return jdbc.sql("update handover_invitation set accepted_at = :at where id = :id and accepted_at is null")
                        .param("at", at)
                        .param("id", id)
                        .update()
                == 1;
    }

    public List<String> invitationsSentTo(UUID registration) {
        return jdbc.sql("""
                        select i.email from handover_invitation i join claimant c on c.id = i.claimant_id
                        where c.registration_id = :registration order by i.created_at""")
                .param("registration", registration)
                .query(String.class)
                .list();
    }

    /**
     * Moves the claimant into the young adult's registration, at {@code position} there: a new claimant row (the
     * young adult must accept the agreement themself), the old one marked handed over, and the identity key pointing
     * at the new one.
     */
    public void handOver(UUID claimant, UUID newClaimant, UUID registration, int position, OffsetDateTime at) {
        jdbc.sql("""
                        insert into claimant (id, registration_id, position, kind, first_name, last_name, date_of_birth,
                            use_started_year, use_started_month, use_ended_year, use_ended_month, residence_country,
                            parental_authority_declared, status, identity_key,
                            created_at, came_of_age_on, name_key, last_name_key, registration_created_at)
                        select :newClaimant, :registration, :position, 'SELF', first_name, last_name, date_of_birth,
                            use_started_year, use_started_month, use_ended_year, use_ended_month, residence_country, false,
                            case when status in ('UNDER_REVIEW', 'DUPLICATE') then status else 'REGISTERED' end,
                            identity_key, :at, came_of_age_on, name_key, last_name_key,
                            (select r.created_at from registration r where r.id = :registration)
                        from claimant where id = :claimant""")
                .param("newClaimant", newClaimant)
                .param("registration", registration)
                .param("position", position)
                .param("at", at)
                .param("claimant", claimant)
                .update();
        jdbc.sql("update claimant set status = 'HANDED_OVER' where id = :claimant")
                .param("claimant", claimant)
                .update();
        jdbc.sql("update claimant_identity set claimant_id = :newClaimant where claimant_id = :claimant")
                .param("newClaimant", newClaimant)
                .param("claimant", claimant)
                .update();
    }

    public record ComingOfAgeCandidate(UUID claimant, UUID registration, String name, LocalDate dateOfBirth) {}

    public record Invitation(UUID id, UUID claimant, UUID registration, String email, boolean accepted) {}
}
