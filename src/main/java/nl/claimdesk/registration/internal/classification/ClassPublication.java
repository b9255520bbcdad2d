package nl.claimdesk.registration.internal.classification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.audit.AuditDetails;
import nl.claimdesk.audit.AuditLog;
import nl.claimdesk.campaign.CampaignSummary;
import nl.claimdesk.campaign.ClassDefinitions;
import nl.claimdesk.campaign.ClassVersion;
import nl.claimdesk.campaign.ClassVersionDraft;
import nl.claimdesk.registration.ClassCount;
import nl.claimdesk.registration.RegistrationFigures;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing a class version: it is stored as the campaign's current version, every claimant of the campaign is
 * evaluated under it in SQL, slice by slice (docs/adr/0057), each change goes into the claimant's history, a notice
 * is queued for each confirmed registration with a change, and the publication goes into the audit log. All in one transaction, so a failure
 * leaves the previous version current and nobody told; {@link ClassNotices} mails the registrants after commit. A dry
 * run shows the same counts without changing anything. Publishing the same definition again changes no status and
 * queues nothing.
 */
@Component
public class ClassPublication {

    private static final Logger log = LoggerFactory.getLogger(ClassPublication.class);

    private final ClassDefinitions classes;
    private final ClassStatusStore store;
    private final RegistrationFigures figures;
    private final ClassNoticeQueue notices;
    private final AuditLog audit;
    private final Clock clock;

    ClassPublication(
            ClassDefinitions classes,
            ClassStatusStore store,
            RegistrationFigures figures,
            ClassNoticeQueue notices,
            AuditLog audit,
            Clock clock) {
        this.classes = classes;
        this.store = store;
        this.figures = figures;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    /** What publishing {@code draft} would do to the campaign's claimants, counted; nothing is changed. */
    @Transactional(readOnly = true)
    public Outcome dryRun(CampaignSummary campaign, ClassVersionDraft draft) {
        ClassStatusStore.Evaluation evaluation = store.evaluated(campaign.id(), draft, LocalDate.now(clock));
        return new Outcome(figures.classCounts(campaign.id()), evaluation.after(), evaluation.changed(), 0);
    }

    @Transactional
    public Publication publish(CampaignSummary campaign, ClassVersionDraft draft, Actor actor, @Nullable String ip) {
        long start = System.nanoTime();
        List<ClassCount> before = figures.classCounts(campaign.id());
        ClassVersion version = classes.publish(campaign.id(), draft);
        OffsetDateTime now = OffsetDateTime.now(clock);
        long counted = System.nanoTime();
        int changed = 0;
        int mailed = 0;
        long queueing = 0;
        for (ClaimantRange slice : store.slices(campaign.id(), ClassStatusStore.SLICE)) {
            changed += store.reclassify(campaign.id(), version.number(), draft, now.toLocalDate(), now, slice);
            long reclassified = System.nanoTime();
            mailed += notices.queue(campaign.id(), version.number(), now, slice);
            queueing += System.nanoTime() - reclassified;
        }
        long queued = System.nanoTime();
        long reclassifying = queued - counted - queueing;
        Outcome outcome = new Outcome(before, figures.classCounts(campaign.id()), changed, mailed);
        log.info(
                "Class version {} of {}: {} claimants, {} changed, {} notices; counted before in {} ms,"
                        + " re-classified in {} ms, notices queued in {} ms, counted after in {} ms",
                version.number(),
                campaign.slug(),
                outcome.total(),
                changed,
                mailed,
                (counted - start) / 1_000_000,
                reclassifying / 1_000_000,
                queueing / 1_000_000,
                (System.nanoTime() - queued) / 1_000_000);
        audit.record(
                actor,
                ip,
                "class-version.published",
                "campaign",
                campaign.id().value(),
                AuditDetails.of(Map.of(
                        "version", version.number(),
                        "effectiveOn", draft.effectiveOn(),
                        "changed", changed,
                        "mailed", mailed,
                        "after", summary(outcome.after()))));
        return new Publication(version, outcome);
    }

    private static String summary(List<ClassCount> counts) {
        StringBuilder summary = new StringBuilder();
        for (ClassCount count : counts) {
            if (!summary.isEmpty()) {
                summary.append(", ");
            }
            summary.append(count.status()).append('/');
            summary.append(count.subClass() != null ? count.subClass() : count.detail());
            summary.append('=').append(count.claimants());
        }
        return summary.toString();
    }

    /**
     * The claimants by outcome before and after, how many changed, and how many registrants are to be told by mail
     * (none in a dry run).
     */
    public record Outcome(List<ClassCount> before, List<ClassCount> after, long changed, int mailed) {

        public long total() {
            return after.stream().mapToLong(ClassCount::claimants).sum();
        }
    }

    public record Publication(ClassVersion version, Outcome outcome) {}
}
