package nl.claimdesk.payout.internal.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import nl.claimdesk.campaign.CampaignSummary;
import nl.claimdesk.campaign.Campaigns;
import nl.claimdesk.identity.Account;
import nl.claimdesk.identity.Accounts;
import nl.claimdesk.infrastructure.BeforeServing;
import nl.claimdesk.payout.Iban;
import nl.claimdesk.payout.internal.allocation.AllocationScheme;
import nl.claimdesk.payout.internal.allocation.Allocations;
import nl.claimdesk.payout.internal.bank.AccountHolder;
import nl.claimdesk.payout.internal.bank.BankDetailChanges;
import nl.claimdesk.payout.internal.run.PaymentRuns;
import nl.claimdesk.payout.internal.settlement.MinorAccountRule;
import nl.claimdesk.payout.internal.settlement.NewSettlement;
import nl.claimdesk.payout.internal.settlement.Settlement;
import nl.claimdesk.payout.internal.settlement.Settlements;
import nl.claimdesk.payout.internal.settlement.SourceKind;
import nl.claimdesk.registration.DemoParticipant;
import nl.claimdesk.registration.RegistrationSummary;
import nl.claimdesk.registration.Registrations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's payout: the closed demo campaign settled, so the one-command run shows the expected amount in the demo
 * participant's Mijn dossier and a payment run in the back office. A settlement entered by one demo finance officer
 * and approved by another, an allocation in equal shares with most of the money held in reserve (the demo has one
 * claimant), the participant's confirmed account, and a payment run made and approved by the two officers. All in one
 * transaction, through the module's own stores, and only when the campaign has no settlement yet: a later start, or
 * a settlement entered by hand, leaves it alone. Never in production.
 */
@Component
@Profile("!prod")
@ConditionalOnBooleanProperty("claimdesk.demo-content")
class DemoSettlement extends BeforeServing {

    /** The demo's two finance officers: ids only, no staff account logs in as them. */
    static final UUID ENTERED_BY = demoStaff("demo-finance-officer-1");

    static final UUID APPROVED_BY = demoStaff("demo-finance-officer-2");

    static final String REFERENCE = "Vaststellingsovereenkomst Stroomwerk (demo)";

    private static final Logger log = LoggerFactory.getLogger(DemoSettlement.class);
    private static final long GROSS_CENTS = 1_000_00;
    private static final long RESERVE_CENTS = 550_00;
    private static final Iban ACCOUNT = Iban.check("NL91ABNA0417164300").iban().orElseThrow();

    private final Campaigns campaigns;
    private final Accounts accounts;
    private final Registrations registrations;
    private final Settlements settlements;
    private final Allocations allocations;
    private final BankDetailChanges bankDetails;
    private final PaymentRuns runs;
    private final TransactionTemplate transactions;

    DemoSettlement(
            Campaigns campaigns,
            Accounts accounts,
            Registrations registrations,
            Settlements settlements,
            Allocations allocations,
            BankDetailChanges bankDetails,
            PaymentRuns runs,
            TransactionTemplate transactions) {
        this.campaigns = campaigns;
        this.accounts = accounts;
        this.registrations = registrations;
        this.settlements = settlements;
        this.allocations = allocations;
        this.bankDetails = bankDetails;
        this.runs = runs;
        this.transactions = transactions;
    }

    @Override
    public int getPhase() {
        return AFTER_PARTICIPATION;
    }

    @Override
    protected void prepare() {
        Optional<CampaignSummary> campaign = campaigns.bySlug(DemoParticipant.CAMPAIGN);
        if (campaign.isEmpty()
                || settlements.all().stream()
                        .anyMatch(settlement ->
                                settlement.campaign().equals(campaign.get().id()))) {
            return;
        }
        Optional<Account> participant = accounts.find(DemoParticipant.EMAIL);
        Optional<RegistrationSummary.Claimant> claimant =
                participant.flatMap(account -> signedClaimant(account, campaign.get()));
        if (claimant.isEmpty()) {
            log.info(
                    "The demo participant has not signed in '{}': no demo settlement",
                    campaign.get().slug());
            return;
        }
        transactions.executeWithoutResult(status -> settle(campaign.get(), participant.get(), claimant.get()));
        log.info(
                "Settled the demo campaign '{}' with a published allocation and a payment run",
                campaign.get().slug());
    }

    private Optional<RegistrationSummary.Claimant> signedClaimant(Account account, CampaignSummary campaign) {
        return registrations.of(account.id()).stream()
                .filter(registration -> registration.campaign().equals(campaign.id()))
                .flatMap(registration -> registration.claimants().stream())
                .filter(claimant -> claimant.participationCompletedAt() != null && !claimant.withdrawn())
                .findFirst();
    }

    private void settle(CampaignSummary campaign, Account participant, RegistrationSummary.Claimant claimant) {
        Settlement entered = settlements.enter(
                new NewSettlement(
                        campaign,
                        SourceKind.SETTLEMENT,
                        LocalDate.of(2025, 11, 20),
                        REFERENCE,
                        GROSS_CENTS,
                        0,
                        false,
                        MinorAccountRule.CHILD_ONLY),
                ENTERED_BY,
                null);
        settlements.approve(entered.id(), APPROVED_BY, null);
        Settlement approved = settlements.byId(entered.id()).orElseThrow();
        allocations.publish(approved, AllocationScheme.equalShares(0, RESERVE_CENTS), null, APPROVED_BY, null);
        bankDetails.enterConfirmedForDemo(
                participant.id().value(),
                claimant.id(),
                ACCOUNT,
                claimant.name().strip(),
                AccountHolder.CLAIMANT);
        UUID run = runs.create(entered.id(), ENTERED_BY, null).orElseThrow();
        runs.approve(run, APPROVED_BY, null);
    }

    private static UUID demoStaff(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
