package nl.claimdesk.registration.participant;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import nl.claimdesk.campaign.CampaignSummary;
import nl.claimdesk.campaign.Campaigns;
import nl.claimdesk.identity.Account;
import nl.claimdesk.identity.Accounts;
import nl.claimdesk.infrastructure.JobLocks;
import nl.claimdesk.registration.RegistrationSummary;
import nl.claimdesk.registration.eligibility.Eligibility;
import nl.claimdesk.registration.internal.HandoverStore;
import nl.claimdesk.registration.internal.HistoryStore;
import nl.claimdesk.registration.internal.RegistrationStore;
import nl.claimdesk.registration.mail.RegistrationMails;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a day, on one node: registered children who reached the campaign's age of majority are marked as such, and
 * their parent is told that the young adult can now take the file over. Running it twice changes nothing: a child
 * is marked, and its parent mailed, once.
 */
@Component
public class ComingOfAge {

    private static final Logger log = LoggerFactory.getLogger(ComingOfAge.class);

    private final Campaigns campaigns;
    private final RegistrationStore store;
    private final HandoverStore handoverStore;
    private final HistoryStore history;
    private final Accounts accounts;
    private final RegistrationMails mails;
    private final JobLocks locks;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ComingOfAge(
            Campaigns campaigns,
            RegistrationStore store,
            HandoverStore handoverStore,
            HistoryStore history,
            Accounts accounts,
            RegistrationMails mails,
            JobLocks locks,
            TransactionTemplate transactions,
            Clock clock) {
        this.campaigns = campaigns;
        this.store = store;
        this.handoverStore = handoverStore;
        this.history = history;
        this.accounts = accounts;
        this.mails = mails;
        this.locks = locks;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "${claimdesk.jobs.coming-of-age:0 15 3 * * *}")
    void daily() {
        if (locks.tryLock("coming-of-age", Duration.ofHours(20))) {
            int marked = run(LocalDate.now(clock));
            log.info("Coming of age: {} claimant(s) marked", marked);
        }
    }

    /** Marks every child who came of age by {@code today}; returns how many were marked in this run. */
    int run(LocalDate today) {
        int marked = 0;
        for (CampaignSummary campaign : campaigns.all()) {
            int majority = campaign.eligibility().majorityAge();
            for (HandoverStore.ComingOfAgeCandidate child :
                    handoverStore.comingOfAge(campaign.id(), today.minusYears(majority))) {
                Boolean done = transactions.execute(status -> mark(campaign, child, majority));
                marked += Boolean.TRUE.equals(done) ? 1 : 0;
            }
        }
        return marked;
    }

    /**
     * The day someone born on {@code dateOfBirth} reaches {@code majority} years, as {@link Eligibility} counts ages:
     * someone born on 29 February comes of age on 1 March in a year without 29 February (not on 28 February, where
     * {@link LocalDate#plusYears} would put it).
     */
    static LocalDate dayOfComingOfAge(LocalDate dateOfBirth, int majority) {
        LocalDate day = dateOfBirth.plusYears(majority);
        return day.getDayOfMonth() == dateOfBirth.getDayOfMonth() ? day : day.plusDays(1);
    }

    private boolean mark(CampaignSummary campaign, HandoverStore.ComingOfAgeCandidate child, int majority) {
        if (!handoverStore.markCameOfAge(child.claimant(), dayOfComingOfAge(child.dateOfBirth(), majority))) {
            return false;
        }
        history.recordEvent(
                child.registration(),
                child.claimant(),
                "CAME_OF_AGE",
                "SYSTEM",
                null,
                java.time.OffsetDateTime.now(clock));
        RegistrationSummary registration = store.summary(child.registration()).orElseThrow();
        Account parent = accounts.find(store.owner(child.registration())).orElseThrow();
        mails.cameOfAge(parent.email(), parent.id(), campaign, registration.language(), child.name());
        return true;
    }
}
