package nl.claimdesk.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.claimdesk.Ages;
import nl.claimdesk.ServerTest;
import nl.claimdesk.campaign.CampaignId;
import nl.claimdesk.campaign.TestCampaign;
import nl.claimdesk.registration.Dossiers.Dossier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The payout's eligibility rule, which {@link PayoutEligibleClaimants} gives the payout as SQL, through the facade's
 * keyset pages and its check of given claimants: both leave out a claimant frozen by an objection.
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
    Registrations registrations;

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
        jdbc.sql("""
                        update claimant set participation_completed_at = ?, class_status = 'IN_CLASS'
                        where registration_id = ?""").params(OffsetDateTime.now(), parent.registration()).update();
        CampaignId campaign = new CampaignId(jdbc.sql("select campaign_id from registration where id = ?")
                .param(parent.registration())
                .query(UUID.class)
                .single());
        List<UUID> inIdOrder = jdbc.sql("select id from claimant where registration_id = ? order by id")
                .param(parent.registration())
                .query(UUID.class)
                .list();

        List<EligibleClaimant> first = registrations.eligibleForPayout(campaign, null, 2);
        assertThat(first).extracting(EligibleClaimant::claimant).containsExactly(inIdOrder.get(0), inIdOrder.get(1));
        assertThat(first.getFirst().registration()).isEqualTo(parent.registration());
        assertThat(first.getFirst().dateOfBirth()).isEqualTo(born.date());
        assertThat(first.getFirst().useStartedYear()).isEqualTo(born.date().getYear() + 5);
        assertThat(registrations.eligibleForPayout(campaign, inIdOrder.get(1), 2))
                .extracting(EligibleClaimant::claimant)
                .containsExactly(inIdOrder.get(2));
        assertThat(registrations.stillEligibleForPayout(inIdOrder)).containsExactlyInAnyOrderElementsOf(inIdOrder);

        jdbc.sql("update claimant set objection_since = ? where id = ?")
                .params(OffsetDateTime.now(), inIdOrder.get(1))
                .update();

        assertThat(registrations.eligibleForPayout(campaign, null, 10))
                .extracting(EligibleClaimant::claimant)
                .containsExactly(inIdOrder.get(0), inIdOrder.get(2));
        assertThat(registrations.stillEligibleForPayout(inIdOrder))
                .containsExactlyInAnyOrder(inIdOrder.get(0), inIdOrder.get(2));
    }
}
