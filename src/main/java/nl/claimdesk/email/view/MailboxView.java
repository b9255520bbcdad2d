package nl.claimdesk.email.view;

import java.util.List;
import nl.claimdesk.shared.SafeHtml;
import org.jspecify.annotations.Nullable;

/** The demo mailbox: the latest mails, or one mail opened. */
public record MailboxView(List<Mail> mails, @Nullable Mail opened) {

    public record Mail(String href, String recipient, String subject, String sentAt, SafeHtml body) {}
}
