package nl.claimdesk.news.internal;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.claimdesk.campaign.CampaignId;
import nl.claimdesk.news.NewsArchive;
import nl.claimdesk.shared.Language;
import nl.claimdesk.shared.Markdown;
import org.springframework.stereotype.Component;

/** {@link NewsArchive} from the stored mailings and their frozen recipients. */
@Component
class StoredNewsArchive implements NewsArchive {

    private final MailingStore mailings;
    private final Recipients recipients;

    StoredNewsArchive(MailingStore mailings, Recipients recipients) {
        this.mailings = mailings;
        this.recipients = recipients;
    }

    @Override
    public List<Received> receivedBy(UUID account) {
        return recipients.receivedBy(account).stream()
                .map(received -> mailings.find(received.mailing())
                        .map(mailing -> new Received(
                                mailing.id(), mailing.text(Language.NL).subject(), mailing.kind(), received.sentAt()))
                        .orElse(null))
                .filter(Objects::nonNull)
                .toList();
    }

    @Override
    public List<Listed> listedFor(UUID account) {
        return recipients.listedFor(account).stream()
                .map(listed -> mailings.find(listed.mailing())
                        .map(mailing -> new Listed(
                                mailing.id(),
                                mailing.text(Language.NL).subject(),
                                mailing.kind(),
                                listed.outcome(),
                                listed.sentAt()))
                        .orElse(null))
                .filter(Objects::nonNull)
                .toList();
    }

    @Override
    public void forget(UUID account) {
        recipients.forget(account);
    }

    @Override
    public List<Published> ofCampaigns(List<CampaignId> campaigns, Language language) {
        return mailings.sentFor(campaigns).stream()
                .map(mailing -> new Published(
                        mailing.id(),
                        mailing.campaign(),
                        mailing.kind(),
                        mailing.text(language).subject(),
                        Markdown.toHtml(mailing.text(language).body(), 3),
                        Objects.requireNonNull(mailing.sendingStartedAt())))
                .toList();
    }
}
