package nl.claimdesk.registration.internal.classification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.audit.AuditDetails;
import nl.claimdesk.audit.AuditLog;
import nl.claimdesk.campaign.CampaignSummary;
import nl.claimdesk.campaign.ClassDefinitions;
import nl.claimdesk.campaign.ClassStatus;
import nl.claimdesk.campaign.ClassVersion;
import nl.claimdesk.campaign.ClassVersionDraft;
import nl.claimdesk.identity.AccountId;
import nl.claimdesk.identity.Accounts;
import nl.claimdesk.registration.ClassCount;
import nl.claimdesk.registration.ClassStanding;
import nl.claimdesk.registration.RegistrationFigures;
import nl.claimdesk.registration.mail.RegistrationMails;
import nl.claimdesk.shared.Language;
import nl.claimdesk.web.PageFactory;
import nl.claimdesk.web.Texts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing a class version: it is stored as the campaign's current version, every claimant of the campaign is
 * evaluated under it in SQL, each change goes into the claimant's history, the registrant of each confirmed
 * registration with a change gets one mail, and the publication goes into the audit log. All in one transaction, so
 * a failure leaves the previous version current and nobody told. A dry run shows the same counts without changing
 * anything. Publishing the same definition again changes no status and sends nothing.
 */
@Component
public class ClassPublication {

    private final ClassDefinitions classes;
    private final ClassStatusStore store;
    private final RegistrationFigures figures;
    private final RegistrationMails mails;
    private final Accounts accounts;
    private final PageFactory pages;
    private final AuditLog audit;
    private final Clock clock;

    ClassPublication(
            ClassDefinitions classes,
            ClassStatusStore store,
            RegistrationFigures figures,
            RegistrationMails mails,
            Accounts accounts,
            PageFactory pages,
            AuditLog audit,
            Clock clock) {
        this.classes = classes;
        this.store = store;
        this.figures = figures;
        this.mails = mails;
        this.accounts = accounts;
        this.pages = pages;
        this.audit = audit;
        this.clock = clock;
    }

    /** What publishing {@code draft} would do to the campaign's claimants, counted; nothing is changed. */
    @Transactional(readOnly = true)
    public Outcome dryRun(CampaignSummary campaign, ClassVersionDraft draft) {
        LocalDate today = LocalDate.now(clock);
        return new Outcome(
                figures.classCounts(campaign.id()),
                store.evaluated(campaign.id(), draft, today),
                store.wouldChange(campaign.id(), draft, today),
                0);
    }

    @Transactional
    public Publication publish(CampaignSummary campaign, ClassVersionDraft draft, Actor actor, @Nullable String ip) {
        List<ClassCount> before = figures.classCounts(campaign.id());
        ClassVersion version = classes.publish(campaign.id(), draft);
        OffsetDateTime now = OffsetDateTime.now(clock);
        int changed = store.reclassify(campaign.id(), version.number(), draft, now.toLocalDate(), now, null);
        int mailed = tellRegistrants(campaign, version);
        Outcome outcome = new Outcome(before, figures.classCounts(campaign.id()), changed, mailed);
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

    private int tellRegistrants(CampaignSummary campaign, ClassVersion version) {
        Map<UUID, Registrant> changes = new LinkedHashMap<>();
        store.changedIn(campaign.id(), version.number(), rs -> {
            Registrant registrant =
                    changes.computeIfAbsent(rs.getObject("registration_id", UUID.class), id -> registrant(rs));
            registrant.lines().add(line(rs, registrant.texts(), version));
        });
        for (Registrant registrant : changes.values()) {
            accounts.find(registrant.account())
                    .ifPresent(account -> mails.classStatusChanged(
                            account.email(), account.id(), campaign, registrant.language(), registrant.lines()));
        }
        return changes.size();
    }

    private Registrant registrant(ResultSet rs) {
        try {
            Language language = Language.fromCode(rs.getString("language")).orElse(Language.DEFAULT);
            return new Registrant(
                    new AccountId(rs.getObject("account_id", UUID.class)),
                    language,
                    pages.texts(language),
                    new ArrayList<>());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
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

    private record Registrant(AccountId account, Language language, Texts texts, List<String> lines) {}

    /**
     * The claimants by outcome before and after, how many changed, and how many registrants were mailed (none in a
     * dry run).
     */
    public record Outcome(List<ClassCount> before, List<ClassCount> after, long changed, int mailed) {

        public long total() {
            return after.stream().mapToLong(ClassCount::claimants).sum();
        }
    }

    public record Publication(ClassVersion version, Outcome outcome) {}
}
