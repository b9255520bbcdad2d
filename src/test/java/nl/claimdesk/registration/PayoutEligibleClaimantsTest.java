package nl.claimdesk.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.claimdesk.Ages;
import nl.claimdesk.ServerTest;
import nl.claimdesk.campaign.TestCampaign;
import nl.claimdesk.registration.Dossiers.Dossier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The payout's eligibility rule, which {@link PayoutEligibleClaimants} gives the payout as SQL, over a range of
 * claimant ids and for given claimants: both leave out a claimant frozen by an objection.
 */
@ServerTest
class PayoutEligibleClaimantsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Clock clock;

    @Test
    void thePagesAndTheCheckFollowTheOneRule() {
        String lastName = Dossiers.uniqueLastName("Regel");
        Ages.Birth born = Ages.childBornYearsAgo(clock, 12);
        Dossier parent = Dossiers.confirmed(
                port,
                jdbc,
                TestCampaign.create(context, "eligible").slug(),
                Dossiers.uniqueEmail("ouder"),
                Funnel.child("Ada", lastName, born, 5),
                Funnel.child("Bo", lastName, born, 5),
                Funnel.child("Cor", lastName, born, 5));
        jdbc.sql("update claimant set participation_completed_at = ? where registration_id = ?")
                .params(OffsetDateTime.now(), parent.registration())
                .update();
        jdbc.sql("""
                        insert into claimant_class (claimant_id, status, version, changed_in)
                        select id, 'IN_CLASS', 1, 1 from claimant where registration_id = ?""").param(parent.registration()).update();
        UUID campaign = jdbc.sql("select campaign_id from registration where id = ?")
                .param(parent.registration())
                .query(UUID.class)
                .single();
        List<UUID> inIdOrder = jdbc.sql("select id from claimant where registration_id = ? order by id")
                .param(parent.registration())
                .query(UUID.class)
                .list();

        assertThat(inRange(campaign, new UUID(0, 0), inIdOrder.get(1)))
                .containsExactly(inIdOrder.get(0), inIdOrder.get(1));
        assertThat(jdbc.sql("select registration_id, date_of_birth, use_started_year from ("
                                + PayoutEligibleClaimants.inRange(false) + ") e where claimant_id = :claimant")
                        .param("campaign", campaign)
                        .param("after", new UUID(0, 0))
                        .param("claimant", inIdOrder.getFirst())
                        .query((rs, row) ->
                                List.of(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class), rs.getInt(3)))
                        .single())
                .containsExactly(parent.registration(), born.date(), born.date().getYear() + 5);
        assertThat(inRange(campaign, inIdOrder.get(1), null)).containsExactly(inIdOrder.get(2));
        assertThat(among(inIdOrder)).containsExactlyInAnyOrderElementsOf(inIdOrder);

        jdbc.sql("update claimant set objection_since = ? where id = ?")
                .params(OffsetDateTime.now(), inIdOrder.get(1))
                .update();

        assertThat(inRange(campaign, new UUID(0, 0), null)).containsExactly(inIdOrder.get(0), inIdOrder.get(2));
        assertThat(among(inIdOrder)).containsExactlyInAnyOrder(inIdOrder.get(0), inIdOrder.get(2));
    }

    private List<UUID> inRange(UUID campaign, UUID after, @Nullable UUID upTo) {
        return jdbc.sql("select claimant_id from (" + PayoutEligibleClaimants.inRange(upTo != null)
                        + ") e order by claimant_id")
                .param("campaign", campaign)
                .param("after", after)
                .param("upTo", upTo)
                .query(UUID.class)
                .list();
    }

    private List<UUID> among(List<UUID> claimants) {
        return jdbc.sql("select claimant_id from (" + PayoutEligibleClaimants.among() + ") e")
                .param("claimants", claimants)
                .query(UUID.class)
                .list();
    }
}
