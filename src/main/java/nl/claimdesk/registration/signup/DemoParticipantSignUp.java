package nl.claimdesk.registration.signup;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.claimdesk.campaign.CampaignSummary;
import nl.claimdesk.campaign.Campaigns;
import nl.claimdesk.identity.Account;
import nl.claimdesk.identity.Accounts;
import nl.claimdesk.infrastructure.BeforeServing;
import nl.claimdesk.registration.ClaimantKind;
import nl.claimdesk.registration.DemoParticipant;
import nl.claimdesk.registration.RegistrationKind;
import nl.claimdesk.registration.eligibility.UsePeriod;
import nl.claimdesk.registration.internal.ClaimantEntry;
import nl.claimdesk.registration.internal.Registrant;
import nl.claimdesk.registration.internal.RegistrationStore;
import nl.claimdesk.registration.internal.SignUp;
import nl.claimdesk.shared.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Signs the {@link DemoParticipant} up for their own claim in the closed demo campaign, as the sign-up form would
 * (without the mail), and confirms their address, so that the demo shows a confirmed dossier. Only once: a later
 * start finds the registration and leaves it, with whatever was done to it since, alone. Never in production.
 */
@Component
@Profile("!prod")
@ConditionalOnBooleanProperty("claimdesk.demo-content")
class DemoParticipantSignUp extends BeforeServing {

    private static final Logger log = LoggerFactory.getLogger(DemoParticipantSignUp.class);
    private static final UUID SUBMISSION = UUID.nameUUIDFromBytes("demo-participant".getBytes(StandardCharsets.UTF_8));

    private final Campaigns campaigns;
    private final Accounts accounts;
    private final RegistrationStore store;
    private final SignUps signUps;
    private final Verifications verifications;

    DemoParticipantSignUp(
            Campaigns campaigns,
            Accounts accounts,
            RegistrationStore store,
            SignUps signUps,
            Verifications verifications) {
        this.campaigns = campaigns;
        this.accounts = accounts;
        this.store = store;
        this.signUps = signUps;
        this.verifications = verifications;
    }

    @Override
    public int getPhase() {
        return AFTER_CONTENT;
    }

    @Override
    protected void prepare() {
        Optional<CampaignSummary> campaign = campaigns.bySlug(DemoParticipant.CAMPAIGN);
        if (campaign.isEmpty()) {
            return;
        }
        if (registered(campaign.get()).isEmpty()) {
            LocalDate born = LocalDate.of(1986, 4, 12);
            signUps.submitWithoutMail(new SignUp(
                    campaign.get(),
                    RegistrationKind.SELF,
                    new Registrant("Demi", "Deelnemer", DemoParticipant.EMAIL, born, "3511 AB", "NL"),
                    List.of(new ClaimantEntry(
                            ClaimantKind.SELF, "Demi", "Deelnemer", born, new UsePeriod(2020, 3, null, null), false)),
                    Language.NL,
                    SUBMISSION));
            log.info("Signed up the demo participant in '{}'", DemoParticipant.CAMPAIGN);
        }
        registered(campaign.get())
                .filter(registration -> !registration.verified())
                .ifPresent(registration -> verifications.verify(store.owner(registration.id()), registration.id()));
    }

    private Optional<RegistrationStore.Existing> registered(CampaignSummary campaign) {
        return accounts.find(DemoParticipant.EMAIL)
                .map(Account::id)
                .flatMap(account -> store.find(account, campaign.id()));
    }
}
