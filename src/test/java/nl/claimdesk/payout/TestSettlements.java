package nl.claimdesk.payout;

import java.time.LocalDate;
import java.util.UUID;
import nl.claimdesk.campaign.CampaignId;
import nl.claimdesk.campaign.Campaigns;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.payout.internal.settlement.MinorAccountRule;
import nl.claimdesk.payout.internal.settlement.NewSettlement;
import nl.claimdesk.payout.internal.settlement.Settlement;
import nl.claimdesk.payout.internal.settlement.Settlements;
import nl.claimdesk.payout.internal.settlement.SourceKind;
import nl.claimdesk.shared.StaffRole;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Settlements for other modules' tests, entered and approved by two finance officers of their own. */
public final class TestSettlements {

    private TestSettlements() {}

    /** A settlement of 100,000.00 for the campaign, entered and approved; its id. */
    public static UUID approved(ApplicationContext context, CampaignId campaign) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        Settlements settlements = context.getBean(Settlements.class);
        Settlement entered = settlements.enter(
                new NewSettlement(
                        context.getBean(Campaigns.class).byId(campaign).orElseThrow(),
                        SourceKind.SETTLEMENT,
                        LocalDate.of(2026, 1, 15),
                        "Testschikking",
                        100_000_00,
                        1_000_00,
                        false,
                        MinorAccountRule.CHILD_OR_PARENT),
                TestStaff.create(jdbc, StaffRole.FINANCE).id(),
                null);
        settlements.approve(
                entered.id(), TestStaff.create(jdbc, StaffRole.FINANCE).id(), null);
        return entered.id();
    }
}
