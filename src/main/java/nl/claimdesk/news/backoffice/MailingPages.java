package nl.claimdesk.news.backoffice;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.claimdesk.campaign.CampaignSummary;
import nl.claimdesk.campaign.Campaigns;
import nl.claimdesk.email.BulkMail;
import nl.claimdesk.infrastructure.StaffMember;
import nl.claimdesk.news.MailingKind;
import nl.claimdesk.news.internal.Mailing;
import nl.claimdesk.news.internal.MailingState;
import nl.claimdesk.news.internal.Mailings;
import nl.claimdesk.news.internal.NewsMails;
import nl.claimdesk.news.internal.Progress;
import nl.claimdesk.news.internal.Recipients;
import nl.claimdesk.news.view.MailingView;
import nl.claimdesk.news.view.ProgressView;
import nl.claimdesk.registration.RegistrationKind;
import nl.claimdesk.shared.EmailAddress;
import nl.claimdesk.shared.Language;
import nl.claimdesk.shared.StaffRole;
import nl.claimdesk.web.SitePaths;
import nl.claimdesk.web.Texts;
import nl.claimdesk.web.backoffice.BackofficePages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Turns a mailing into what its back-office page shows: previews, audience, record, progress and actions. */
@Component
class MailingPages {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm", Locale.ROOT);
    private static final String SAMPLE_ADDRESS = "voorbeeld@example.org";

    private final BackofficePages frame;
    private final Campaigns campaigns;
    private final Recipients recipients;
    private final Mailings mailings;
    private final NewsMails mails;
    private final ZoneId zone;

    MailingPages(
            BackofficePages frame,
            Campaigns campaigns,
            Recipients recipients,
            Mailings mailings,
            NewsMails mails,
            java.time.Clock clock) {
        this.frame = frame;
        this.campaigns = campaigns;
        this.recipients = recipients;
        this.mailings = mailings;
        this.mails = mails;
        this.zone = clock.getZone();
    }

    Texts t() {
        return frame.texts();
    }

    static String path(UUID mailing) {
        return NewsSection.PATH + "/" + mailing;
    }

    String campaignName(Mailing mailing) {
        return campaigns.byId(mailing.campaign()).map(c -> c.name(Language.NL)).orElse("");
    }

    String kind(MailingKind kind) {
        return t().get("news.kind." + kind.name());
    }

    String state(MailingState state) {
        return t().get("news.state." + state.name());
    }

    String moment(java.time.OffsetDateTime at) {
        return MOMENT.format(at.atZoneSameInstant(zone));
    }

    MailingView view(Mailing mailing, @Nullable String notice, @Nullable String error) {
        Texts t = t();
        StaffMember member = StaffMember.require();
        boolean draft = mailing.state() == MailingState.DRAFT;
        @Nullable Long count = draft ? recipients.count(mailing) : null;
        boolean needsApproval = count != null && mailings.needsApproval(mailing, count);
        boolean otherStaff = !mailing.composedBy().id().equals(member.id());
        return new MailingView(
                mailing.text(Language.NL).subject(),
                campaignName(mailing),
                kind(mailing.kind()),
                t.get(mailing.isLegalNotice() ? "news.kindNote.legal" : "news.kindNote.news"),
                state(mailing.state()),
                notice,
                error,
                List.of(preview(mailing, Language.NL), preview(mailing, Language.EN)),
                audience(mailing),
                count,
                needsApproval,
                record(mailing),
                draft ? null : progress(mailing),
                path(mailing.id()),
                draft,
                draft
                        && mailing.approvedBy() == null
                        && otherStaff
                        && member.hasAnyRole(List.of(StaffRole.ADMIN, StaffRole.EDITOR)),
                draft && !needsApproval,
                mailing.state() == MailingState.SENDING,
                mailing.state() == MailingState.PAUSED,
                mailing.state() == MailingState.SENDING || mailing.state() == MailingState.PAUSED);
    }

    ProgressView progress(Mailing mailing) {
        Progress progress = recipients.progress(mailing);
        Duration remaining = progress.remaining();
        boolean live = mailing.state() == MailingState.SENDING || mailing.state() == MailingState.PAUSED;
        return new ProgressView(
                path(mailing.id()) + "/progress",
                progress.percent(),
                progress.total(),
                progress.queued(),
                progress.sent(),
                progress.failed(),
                progress.skipped(),
                progress.perMinute(),
                remaining == null || !live
                        ? t().get("news.progress.unknown")
                        : t().get("news.progress.minutes", Math.max(1, (remaining.toSeconds() + 59) / 60)),
                state(mailing.state()),
                live);
    }

    private MailingView.Preview preview(Mailing mailing, Language language) {
        Texts t = t();
        BulkMail sample = mails.mail(
                mailing,
                new UUID(0, 0),
                t.get("news.sample.firstName"),
                language,
                new EmailAddress(SAMPLE_ADDRESS, SAMPLE_ADDRESS));
        return new MailingView.Preview(
                language.code(),
                t.get("news.language." + language.code()),
                sample.subject(),
                sample.greeting(),
                sample.body(),
                sample.notes(),
                sample.unsubscribe() == null ? null : sample.unsubscribe().label());
    }

    private String audience(Mailing mailing) {
        Texts t = t();
        List<String> kinds = mailing.audience().kinds().stream()
                .sorted()
                .map(kind -> t.get("news.audience." + kind.name()))
                .toList();
        List<String> languages = mailing.audience().languages().stream()
                .sorted()
                .map(language -> t.get("news.language." + language.code()))
                .toList();
        return t.get(
                mailing.audience().completeOnly() ? "news.audience.summaryComplete" : "news.audience.summary",
                String.join(", ", kinds),
                String.join(", ", languages));
    }

    private List<String> record(Mailing mailing) {
        Texts t = t();
        List<String> lines = new ArrayList<>();
        lines.add(t.get("news.record.composed", mailing.composedBy().name(), moment(mailing.composedAt())));
        if (mailing.approvedBy() != null && mailing.approvedAt() != null) {
            lines.add(t.get("news.record.approved", mailing.approvedBy().name(), moment(mailing.approvedAt())));
        }
        if (mailing.sentBy() != null && mailing.sendingStartedAt() != null) {
            lines.add(t.get(
                    "news.record.sent",
                    mailing.sentBy().name(),
                    moment(mailing.sendingStartedAt()),
                    mailing.recipientCount()));
        }
        if (mailing.publishedItem() != null) {
            String slug = campaigns
                    .byId(mailing.campaign())
                    .map(CampaignSummary::slug)
                    .orElse("");
            lines.add(
                    t.get("news.record.published", SitePaths.timelineItem(Language.NL, slug, mailing.publishedItem())));
        } else if (mailing.publishOnSite()) {
            lines.add(t.get("news.record.toPublish"));
        }
        if (mailing.finishedAt() != null) {
            lines.add(t.get("news.record.finished", state(mailing.state()), moment(mailing.finishedAt())));
        }
        return lines;
    }

    static List<RegistrationKind> audienceKinds() {
        return List.of(RegistrationKind.CHILDREN, RegistrationKind.SELF, RegistrationKind.SUPPORTER);
    }
}
