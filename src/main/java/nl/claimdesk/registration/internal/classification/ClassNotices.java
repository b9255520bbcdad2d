package nl.claimdesk.registration.internal.classification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.claimdesk.campaign.CampaignId;
import nl.claimdesk.campaign.CampaignSummary;
import nl.claimdesk.campaign.Campaigns;
import nl.claimdesk.campaign.ClassDefinitions;
import nl.claimdesk.campaign.ClassStatus;
import nl.claimdesk.campaign.ClassVersion;
import nl.claimdesk.identity.AccountId;
import nl.claimdesk.identity.Accounts;
import nl.claimdesk.registration.ClassStanding;
import nl.claimdesk.registration.mail.RegistrationMails;
import nl.claimdesk.shared.Language;
import nl.claimdesk.web.PageFactory;
import nl.claimdesk.web.Texts;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells registrants, after a publication has committed, that their claimants' class status changed: on every node, a
 * batch of queued notices at a time, each batch in its own transaction that puts the mails in the outbox (bulk
 * priority) and removes their notices. A crash loses nothing and repeats nothing: an uncommitted batch stays queued,
 * a committed one is gone from the queue. Nodes never take the same notice ({@code SKIP LOCKED}). See
 * docs/adr/0057.
 */
@Component
public class ClassNotices {

    private static final Logger log = LoggerFactory.getLogger(ClassNotices.class);
    private static final int BATCH = 200;

    private final ClassNoticeQueue queue;
    private final Campaigns campaigns;
    private final ClassDefinitions classes;
    private final Accounts accounts;
    private final RegistrationMails mails;
    private final PageFactory pages;
    private final TransactionTemplate transactions;

    ClassNotices(
            ClassNoticeQueue queue,
            Campaigns campaigns,
            ClassDefinitions classes,
            Accounts accounts,
            RegistrationMails mails,
            PageFactory pages,
            TransactionTemplate transactions) {
        this.queue = queue;
        this.campaigns = campaigns;
        this.classes = classes;
        this.accounts = accounts;
        this.mails = mails;
        this.pages = pages;
        this.transactions = transactions;
    }

    @Scheduled(fixedDelayString = "PT5S", initialDelayString = "PT20S")
    void poll() {
        int mailed = sendQueued();
        if (mailed > 0) {
            log.info("Class notices: {} mail(s) put in the outbox", mailed);
        }
    }

    /** Sends the queued notices, batch by batch, until none is left that another node does not hold. */
    public int sendQueued() {
        int mailed = 0;
        Batch batch;
        do {
            batch = transactions.execute(status -> sendBatch());
            mailed += batch == null ? 0 : batch.mailed();
        } while (batch != null && batch.claimed() == BATCH);
        return mailed;
    }

    private Batch sendBatch() {
        List<ClassNoticeQueue.Notice> notices = queue.claim(BATCH);
        Map<VersionKey, Optional<ClassVersion>> versions = new HashMap<>();
        int mailed = 0;
        for (ClassNoticeQueue.Notice notice : notices) {
            Optional<CampaignSummary> campaign = campaigns.byId(notice.campaign());
            Optional<ClassVersion> version = versions.computeIfAbsent(
                    new VersionKey(notice.campaign(), notice.version()),
                    key -> classes.versions(key.campaign()).stream()
                            .filter(found -> found.number() == key.number())
                            .findFirst());
            if (campaign.isPresent() && version.isPresent() && tell(campaign.get(), version.get(), notice)) {
                mailed++;
            }
            queue.done(notice);
        }
        return new Batch(notices.size(), mailed);
    }

    private boolean tell(CampaignSummary campaign, ClassVersion version, ClassNoticeQueue.Notice notice) {
        List<String> lines = new ArrayList<>();
        Registrant[] registrant = new Registrant[1];
        queue.changedClaimants(notice, rs -> {
            if (registrant[0] == null) {
                registrant[0] = registrant(rs);
            }
            lines.add(line(rs, registrant[0].texts(), version));
        });
        if (lines.isEmpty()) {
            return false;
        }
        Registrant to = registrant[0];
        return accounts.find(to.account())
                .map(account -> {
                    mails.classStatusChanged(account.email(), account.id(), campaign, to.language(), lines);
                    return true;
                })
                .orElse(false);
    }

    private Registrant registrant(ResultSet rs) throws SQLException {
        Language language = Language.fromCode(rs.getString("language")).orElse(Language.DEFAULT);
        return new Registrant(new AccountId(rs.getObject("account_id", UUID.class)), language, pages.texts(language));
    }

    private static String line(ResultSet rs, Texts t, ClassVersion version) throws SQLException {
        ClassStanding standing = new ClassStanding(
                ClassStatus.valueOf(rs.getString("class_status")),
                rs.getString("class_sub_class"),
                rs.getString("class_detail"),
                rs.getInt("class_version"));
        String subClass = standing.subClass() == null
                ? ""
                : version.subClass(standing.subClass())
                        .map(found -> found.name(t.language()))
                        .orElse(standing.subClass());
        String name = (nullToEmpty(rs.getString("first_name")) + " " + nullToEmpty(rs.getString("last_name"))).strip();
        return name + ": " + t.get(standing.messageKey(), subClass);
    }

    private static String nullToEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    private record Registrant(AccountId account, Language language, Texts texts) {}

    private record VersionKey(CampaignId campaign, int number) {}

    private record Batch(int claimed, int mailed) {}
}
