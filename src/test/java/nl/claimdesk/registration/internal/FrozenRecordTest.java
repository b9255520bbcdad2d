package nl.claimdesk.registration.internal;

import static nl.claimdesk.registration.Funnel.child;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.claimdesk.Ages;
import nl.claimdesk.ServerTest;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.campaign.CampaignSummary;
import nl.claimdesk.campaign.Campaigns;
import nl.claimdesk.campaign.MissingFact;
import nl.claimdesk.campaign.RegistryChoice;
import nl.claimdesk.campaign.TestCampaign;
import nl.claimdesk.registration.Authority;
import nl.claimdesk.registration.ClaimantFrozen;
import nl.claimdesk.registration.ClaimantKind;
import nl.claimdesk.registration.Dossiers;
import nl.claimdesk.registration.Dossiers.Dossier;
import nl.claimdesk.registration.RegistrationSummary;
import nl.claimdesk.registration.Registrations;
import nl.claimdesk.registration.WithdrawalChannel;
import nl.claimdesk.registration.eligibility.UsePeriod;
import nl.claimdesk.registration.internal.registry.RegistryChoices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The other parent's objection is enforced where a change is made, not only on the pages (docs/adr/0048, 0056): every
 * write path of the registration module that changes, withdraws or completes a child refuses a frozen record, so a
 * path that forgot to ask the rule cannot bypass it; what the freeze does not name still works, and the payout asks
 * {@link Registrations#frozen}.
 */
@ServerTest
class FrozenRecordTest {

    private static final ChangedBy STAFF = new ChangedBy(Actor.staff("case-handler"), "127.0.0.1", "test");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    Campaigns campaigns;

    @Autowired
    RegistrationStore store;

    @Autowired
    RegistrationChanges changes;

    @Autowired
    Withdrawals withdrawals;

    @Autowired
    Objections objections;

    @Autowired
    RegistryChoices registryChoices;

    @Autowired
    Registrations registrations;

    private CampaignSummary campaign;
    private Dossier parent;
    private UUID mila;
    private UUID noah;

    @BeforeEach
    void aFrozenChildAndHerBrother() {
        TestCampaign test = TestCampaign.create(context, "frozen");
        campaign = campaigns.byId(test.id()).orElseThrow();
        String lastName = Dossiers.uniqueLastName("Vast");
        parent = Dossiers.confirmed(
                port,
                jdbc,
                test.slug(),
                Dossiers.uniqueEmail("ouder"),
                child("Mila", lastName, Ages.childBornYearsAgo(clock, 12), 7),
                child("Noah", lastName, Ages.childBornYearsAgo(clock, 10), 6));
        mila = parent.claimant("Mila");
        noah = parent.claimant("Noah");
        assertThat(objections.record(parent.registration(), mila, STAFF)).isTrue();
    }

    @Test
    void everyListedWritePathRefusesTheFrozenChildAndChangesNothing() {
        Map<String, Runnable> listed = new LinkedHashMap<>();
        listed.put(
                "correction",
                () -> changes.correctClaimant(
                        ChangedBy.participant(parent.account(), null),
                        campaign,
                        parent.registration(),
                        summary(mila),
                        renamed(mila)));
        listed.put(
                "class fact",
                () -> changes.giveClassFact(
                        ChangedBy.participant(parent.account(), null),
                        campaign,
                        parent.registration(),
                        summary(mila),
                        MissingFact.USE_START_MONTH,
                        "3"));
        listed.put(
                "withdrawal of the child",
                () -> withdrawals.withdrawClaimant(
                        parent.registration(),
                        mila,
                        WithdrawalChannel.ONLINE,
                        null,
                        Actor.participant(parent.account()),
                        null));
        listed.put(
                "withdrawal of the registration",
                () -> withdrawals.withdrawRegistration(
                        parent.registration(),
                        WithdrawalChannel.ONLINE,
                        null,
                        Actor.participant(parent.account()),
                        null));
        listed.put(
                "withdrawal of the child by letter",
                () -> withdrawals.recordClaimant(parent.registration(), mila, letter(), STAFF));
        listed.put(
                "withdrawal of the registration by letter",
                () -> withdrawals.recordRegistration(parent.registration(), letter(), STAFF));
        listed.put(
                "agreement acceptance",
                () -> registrations.participationCompleted(parent.registration(), mila, "PARTICIPANT", "version 1"));

        String before = rows();
        listed.forEach(
                (action, attempt) -> assertThatThrownBy(attempt::run).as(action).isInstanceOf(ClaimantFrozen.class));
        assertThat(rows()).as("nothing changed").isEqualTo(before);
        assertThat(registrations.frozen(mila)).as("what the payout asks").isTrue();
        assertThat(registrations.frozen(noah)).isFalse();
    }

    @Test
    void whatTheFreezeDoesNotNameStillWorks() {
        assertThatCode(() ->
                        registryChoices.record(parent.registration(), mila, RegistryChoice.OPTED_OUT, "REG-1", STAFF))
                .as("a registry report about the frozen child")
                .doesNotThrowAnyException();
        changes.correctClaimant(STAFF, campaign, parent.registration(), summary(noah), renamed(noah));
        assertThat(withdrawals.withdrawClaimant(
                        parent.registration(),
                        noah,
                        WithdrawalChannel.ONLINE,
                        null,
                        Actor.participant(parent.account()),
                        null))
                .as("the brother, who is not frozen")
                .isTrue();
        assertThat(firstName(noah)).isEqualTo("Noahh");

        assertThat(objections.resolve(parent.registration(), mila, STAFF)).isTrue();
        registrations.participationCompleted(parent.registration(), mila, "PARTICIPANT", "version 1");
        changes.correctClaimant(STAFF, campaign, parent.registration(), summary(mila), renamed(mila));
        assertThat(firstName(mila)).as("once the objection is resolved").isEqualTo("Milaa");
    }

    @Test
    void erasureOnTheOwnersRequestIsNotStoppedByAnObjection() {
        registrations.erase(parent.registration(), true, Actor.participant(parent.account()), null);

        assertThat(jdbc.sql("select withdrawn_at is not null from registration where id = ?")
                        .param(parent.registration())
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    private RegistrationSummary.Claimant summary(UUID claimant) {
        return store.summary(parent.registration()).orElseThrow().claimants().stream()
                .filter(each -> each.id().equals(claimant))
                .findFirst()
                .orElseThrow();
    }

    /** The claimant as stored, with one more letter in the first name. */
    private ClaimantEntry renamed(UUID claimant) {
        RegistrationSummary.Claimant stored = summary(claimant);
        return new ClaimantEntry(
                ClaimantKind.CHILD,
                stored.firstName()
                        + stored.firstName().charAt(stored.firstName().length() - 1),
                stored.lastName(),
                stored.dateOfBirth(),
                new UsePeriod(stored.useStartedYear(), stored.useEndedYear()),
                null,
                true,
                Authority.PARENT);
    }

    private Withdrawals.Received letter() {
        return new Withdrawals.Received(WithdrawalChannel.LETTER, LocalDate.now(clock), "brief");
    }

    private String firstName(UUID claimant) {
        return jdbc.sql("select first_name from claimant where id = ?")
                .param(claimant)
                .query(String.class)
                .single();
    }

    /** Every claimant of the registration with its name, status, months and completion, and the registration's end. */
    private String rows() {
        return jdbc.sql("""
                        select c.first_name || ' ' || c.status || ' ' || coalesce(cast(c.use_started_month as varchar(2)), '-')
                            || ' ' || case when c.participation_completed_at is null then 'open' else 'completed' end
                            || ' ' || case when r.withdrawn_at is null then 'active' else 'ended' end
                        from claimant c join registration r on r.id = c.registration_id
                        where c.registration_id = ? order by c.position""")
                .param(parent.registration())
                .query(String.class)
                .list()
                .toString();
    }
}
