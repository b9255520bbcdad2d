package nl.claimdesk.news.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.claimdesk.email.BulkMail;
import nl.claimdesk.email.BulkMailSource;
import org.springframework.stereotype.Component;

/**
 * Hands the mailings being sent to the email module's delivery workers, which ask only when no outbox mail is due.
 * Each claim takes the allowance of the shared rate first ({@link SendRate}), then locks that many queued recipients
 * of the earliest mailing, re-checks them against the audience rules (someone who withdrew or unsubscribed after the
 * list was frozen is skipped) and builds their mails. A mailing with nobody left queued is finished with its counts.
 */
@Component
class NewsDelivery implements BulkMailSource {

    private final MailingStore mailings;
    private final Recipients recipients;
    private final NewsMails mails;
    private final SendRate rate;
    private final Clock clock;

    NewsDelivery(MailingStore mailings, Recipients recipients, NewsMails mails, SendRate rate, Clock clock) {
        this.mailings = mailings;
        this.recipients = recipients;
        this.mails = mails;
        this.rate = rate;
        this.clock = clock;
    }

    @Override
    public List<BulkMail> claim(int max) {
        List<Mailing> sending = mailings.sending();
        if (sending.isEmpty()) {
            return List.of();
        }
        int allowed = rate.take(max);
        if (allowed == 0) {
            return List.of();
        }
        List<BulkMail> claimed = new ArrayList<>();
        for (Mailing mailing : sending) {
            List<UUID> accounts = recipients.claim(mailing.id(), allowed);
            if (accounts.isEmpty()) {
                finishIfDone(mailing);
                continue;
            }
            Map<UUID, Recipients.Contact> contacts = recipients.contacts(mailing, accounts);
            recipients.mark(
                    mailing.id(),
                    accounts.stream()
                            .filter(account -> !contacts.containsKey(account))
                            .toList(),
                    Recipients.SKIPPED);
            for (Recipients.Contact contact : contacts.values()) {
                claimed.add(mails.mail(
                        mailing, contact.account(), contact.firstName(), contact.language(), contact.email()));
            }
            if (!claimed.isEmpty()) {
                break;
            }
        }
        rate.giveBack(allowed - claimed.size());
        return claimed;
    }

    @Override
    public void settle(List<BulkMail> sent, Map<String, Refusal> failed) {
        byMailing(sent.stream().map(BulkMail::messageId).collect(Collectors.toSet()))
                .forEach((mailing, accounts) -> recipients.mark(mailing, accounts, Recipients.SENT));
        byMailing(refusals(failed, true)).forEach(recipients::refused);
        byMailing(refusals(failed, false)).forEach(recipients::postponed);
    }

    private static Set<String> refusals(Map<String, Refusal> failed, boolean permanent) {
        return failed.entrySet().stream()
                .filter(refusal -> refusal.getValue().permanent() == permanent)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    private void finishIfDone(Mailing mailing) {
        if (recipients.queued(mailing.id()) == 0) {
            mailings.finished(mailing.id(), MailingState.DONE, recipients.progress(mailing), OffsetDateTime.now(clock));
        }
    }

    /** The accounts per mailing, read back from the Message-IDs {@link NewsMails#messageId} made. */
    private static Map<UUID, List<UUID>> byMailing(Set<String> messageIds) {
        Map<UUID, List<UUID>> accounts = new HashMap<>();
        for (String messageId : messageIds) {
            String[] parts = messageId.substring(1, messageId.indexOf('@')).split("\\.");
            accounts.computeIfAbsent(UUID.fromString(parts[1]), mailing -> new ArrayList<>())
                    .add(UUID.fromString(parts[2]));
        }
        return accounts;
    }
}
