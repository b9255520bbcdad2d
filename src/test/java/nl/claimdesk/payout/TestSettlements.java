package nl.claimdesk.payout;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import nl.claimdesk.Ages;
import nl.claimdesk.campaign.CampaignId;
import nl.claimdesk.campaign.Campaigns;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.payout.internal.settlement.MinorAccountRule;
import nl.claimdesk.payout.internal.settlement.NewSettlement;
import nl.claimdesk.payout.internal.settlement.Settlement;
import nl.claimdesk.payout.internal.settlement.Settlements;
import nl.claimdesk.payout.internal.settlement.SourceKind;
import nl.claimdesk.registration.Funnel;
import nl.claimdesk.shared.StaffRole;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Settlements for other modules' tests, entered and approved by two finance officers of their own. */
public final class TestSettlements {

    /** The court's period runs from 25 May 2018 to 9 November 2022: use from this year on lies inside it. */
    private static final int FIRST_FULL_YEAR_OF_THE_PERIOD = 2019;

    private TestSettlements() {}

    /**
     * A child of {@code age} who used the app for two years inside the court's period of the test classes
     * ({@code TestClassVersions}), from a year they were alive in.
     */
    public static Funnel.Child inTheClassPeriod(Clock clock, String firstName, String lastName, int age) {
        Ages.Birth child = Ages.childBornYearsAgo(clock, age);
        int started = Math.max(child.date().getYear(), FIRST_FULL_YEAR_OF_THE_PERIOD);
        return Funnel.child(firstName, lastName, child.dmy(), Integer.toString(started), Integer.toString(started + 1));
    }

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
