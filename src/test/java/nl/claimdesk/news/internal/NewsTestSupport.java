package nl.claimdesk.news.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.claimdesk.campaign.CampaignId;
import nl.claimdesk.infrastructure.StaffMember;
import nl.claimdesk.news.MailingKind;
import nl.claimdesk.news.TestMailings;
import org.awaitility.Awaitility;
import org.springframework.context.ApplicationContext;

/** Composing, freezing and following a mailing from the tests of this package. */
final class NewsTestSupport {

    private final ApplicationContext context;
    private final MailingStore store;
    private final Recipients recipients;

    NewsTestSupport(ApplicationContext context) {
        this.context = context;
        this.store = context.getBean(MailingStore.class);
        this.recipients = context.getBean(Recipients.class);
    }

    Mailing draft(CampaignId campaign, StaffMember editor, MailingKind kind) {
        return mailing(TestMailings.draft(context, campaign, editor, kind));
    }

    Mailing mailing(UUID id) {
        return store.find(id).orElseThrow();
    }

    /**
     * Freezes the recipients while the mailing is still a draft (no worker sends a draft), so the test can change
     * the world between freezing and delivery; {@link #release} then lets the workers send it.
     */
    int freeze(Mailing mailing) {
        return recipients.freeze(mailing);
    }

    void release(Mailing mailing, StaffMember sender, int frozen) {
        store.started(mailing.id(), new Mailing.Person(sender.id(), sender.name()), OffsetDateTime.now(), frozen);
    }

    Mailing awaitState(UUID id, MailingState state) {
        Awaitility.await("mailing " + id + " " + state)
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> mailing(id).state() == state);
        return mailing(id);
    }

    Progress progress(UUID id) {
        return recipients.progress(mailing(id));
    }
}
