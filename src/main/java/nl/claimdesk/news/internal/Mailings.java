package nl.claimdesk.news.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.audit.AuditLog;
import nl.claimdesk.campaign.CampaignId;
import nl.claimdesk.campaign.CampaignTimeline;
import nl.claimdesk.email.Outbox;
import nl.claimdesk.infrastructure.StaffMember;
import nl.claimdesk.news.MailingKind;
import nl.claimdesk.shared.EmailAddress;
import nl.claimdesk.shared.Ids;
import nl.claimdesk.shared.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff do with a mailing, each step in one transaction with its audit entry: compose, test, approve, send
 * (which freezes the recipients), pause, resume and cancel. A mailing to more recipients than
 * {@code claimdesk.news.approval-above} is sent only once an administrator or an editor other than its composer has
 * approved it.
 */
@Component
public class Mailings {

    private static final String SUBJECT = "news_mailing";

    private final MailingStore store;
    private final Recipients recipients;
    private final NewsMails mails;
    private final Outbox outbox;
    private final AuditLog audit;
    private final CampaignTimeline timeline;
    private final Clock clock;
    private final int approvalAbove;

    Mailings(
            MailingStore store,
            Recipients recipients,
            NewsMails mails,
            Outbox outbox,
            AuditLog audit,
            CampaignTimeline timeline,
            Clock clock,
            NewsSettings settings) {
        this.store = store;
        this.recipients = recipients;
        this.mails = mails;
        this.outbox = outbox;
        this.audit = audit;
        this.timeline = timeline;
        this.clock = clock;
        this.approvalAbove = settings.approvalAbove();
    }

    /** Why a step was refused, for the page to say. */
    public enum Refusal {
        NOT_A_DRAFT,
        NEEDS_APPROVAL,
        OWN_MAILING,
        WRONG_STATE
    }

    /**
     * What an editor composes: the texts, the timeline item the mail points to, whether a legal notice is also
     * published on the campaign's timeline when it is sent, and the audience.
     */
    public record Draft(
            CampaignId campaign,
            MailingKind kind,
            Map<Language, Mailing.Text> texts,
            @Nullable UUID timelineItem,
            boolean publishOnSite,
            Audience audience) {

        public Draft {
            if (publishOnSite && kind != MailingKind.LEGAL_NOTICE) {
                throw new IllegalArgumentException("only a legal notice is published on the timeline when sent");
            }
        }
    }

    @Transactional
    public UUID compose(StaffMember editor, @Nullable String ip, Draft draft) {
        Audience audience = draft.audience();
        Mailing mailing = new Mailing(
                Ids.newId(),
                draft.campaign(),
                draft.kind(),
                Map.copyOf(draft.texts()),
                draft.timelineItem(),
                draft.publishOnSite(),
                null,
                audience,
                MailingState.DRAFT,
                person(editor),
                OffsetDateTime.now(clock),
                null,
                null,
                null,
                null,
                null,
                null);
        store.insert(mailing);
        audit.record(
                Actor.staff(editor.id()),
                ip,
                "news.composed",
                SUBJECT,
                mailing.id(),
                draft.kind() + " " + audience.storedKinds() + " " + audience.storedLanguages()
                        + (audience.completeOnly() ? " complete only" : "") + " " + kindNote(draft.kind())
                        + (draft.publishOnSite() ? "; to be published on the campaign's timeline when sent" : ""));
        return mailing.id();
    }

    public boolean needsApproval(Mailing mailing, long count) {
        return count > approvalAbove && mailing.approvedBy() == null;
    }

    /** Sends the mail in one language, with the editor as sample recipient, to the editor's own address. */
    @Transactional
    public void sendTest(StaffMember editor, @Nullable String ip, Mailing mailing, Language language) {
        outbox.enqueue(
                mails.mail(
                        mailing,
                        editor.id(),
                        editor.name(),
                        language,
                        new EmailAddress(editor.email(), editor.email().toLowerCase(Locale.ROOT))),
                "news.test");
        audit.record(Actor.staff(editor.id()), ip, "news.tested", SUBJECT, mailing.id(), language.code());
    }

    @Transactional
    public @Nullable Refusal approve(StaffMember approver, @Nullable String ip, Mailing mailing) {
        if (mailing.state() != MailingState.DRAFT) {
            return Refusal.NOT_A_DRAFT;
        }
        if (mailing.composedBy().id().equals(approver.id())) {
            return Refusal.OWN_MAILING;
        }
        store.approve(mailing.id(), person(approver), OffsetDateTime.now(clock));
        audit.record(Actor.staff(approver.id()), ip, "news.approved", SUBJECT, mailing.id(), kindNote(mailing.kind()));
        return null;
    }

    /** Freezes the recipients as the audience is now and starts the delivery. */
    @Transactional
    public @Nullable Refusal send(StaffMember sender, @Nullable String ip, Mailing mailing) {
        if (mailing.state() != MailingState.DRAFT) {
            return Refusal.NOT_A_DRAFT;
        }
        // An approved mailing needs no count: counting is the whole audience query once more.
        if (mailing.approvedBy() == null && needsApproval(mailing, recipients.count(mailing))) {
            return Refusal.NEEDS_APPROVAL;
        }
        if (!store.move(mailing.id(), MailingState.DRAFT, MailingState.SENDING)) {
            return Refusal.NOT_A_DRAFT;
        }
        int frozen = recipients.freeze(mailing);
        store.started(mailing.id(), person(sender), OffsetDateTime.now(clock), frozen);
        String published = mailing.publishOnSite()
                ? "; published on the campaign's timeline as item " + publishOnTimeline(sender, ip, mailing)
                : "";
        audit.record(
                Actor.staff(sender.id()),
                ip,
                "news.sent",
                SUBJECT,
                mailing.id(),
                frozen + " recipients; " + kindNote(mailing.kind()) + published);
        return null;
    }

    @Transactional
    public @Nullable Refusal pause(StaffMember member, @Nullable String ip, Mailing mailing) {
        return change(member, ip, mailing, MailingState.SENDING, MailingState.PAUSED, "news.paused");
    }

    @Transactional
    public @Nullable Refusal resume(StaffMember member, @Nullable String ip, Mailing mailing) {
        return change(member, ip, mailing, MailingState.PAUSED, MailingState.SENDING, "news.resumed");
    }

    /** Stops the mailing for good: whoever is still queued is skipped. What was sent stays sent. */
    @Transactional
    public @Nullable Refusal cancel(StaffMember member, @Nullable String ip, Mailing mailing) {
        MailingState from = mailing.state();
        if (from != MailingState.SENDING && from != MailingState.PAUSED) {
            return Refusal.WRONG_STATE;
        }
        if (!store.move(mailing.id(), from, MailingState.CANCELLED)) {
            return Refusal.WRONG_STATE;
        }
        recipients.skipQueued(mailing.id());
        store.finished(mailing.id(), MailingState.CANCELLED, recipients.progress(mailing), OffsetDateTime.now(clock));
        audit.record(Actor.staff(member.id()), ip, "news.cancelled", SUBJECT, mailing.id(), null);
        return null;
    }

    /**
     * Publishes the notice as an item of today on the campaign's timeline, in the transaction that starts its
     * delivery, so the site and the mail say it from the same moment (docs/adr/0055).
     */
    private UUID publishOnTimeline(StaffMember sender, @Nullable String ip, Mailing mailing) {
        Map<Language, CampaignTimeline.Text> texts = new EnumMap<>(Language.class);
        mailing.texts()
                .forEach((language, text) ->
                        texts.put(language, new CampaignTimeline.Text(text.subject(), text.body())));
        UUID item = timeline.publish(mailing.campaign(), LocalDate.now(clock), texts, Actor.staff(sender.id()), ip);
        store.published(mailing.id(), item);
        return item;
    }

    private @Nullable Refusal change(
            StaffMember member,
            @Nullable String ip,
            Mailing mailing,
            MailingState from,
            MailingState to,
            String action) {
        if (!store.move(mailing.id(), from, to)) {
            return Refusal.WRONG_STATE;
        }
        audit.record(Actor.staff(member.id()), ip, action, SUBJECT, mailing.id(), null);
        return null;
    }

    private static String kindNote(MailingKind kind) {
        return kind == MailingKind.LEGAL_NOTICE
                ? "legal notice: sent to everyone concerned regardless of their news preference"
                : "news update: only to those who did not turn news off";
    }

    private static Mailing.Person person(StaffMember member) {
        return new Mailing.Person(member.id(), member.name());
    }
}
