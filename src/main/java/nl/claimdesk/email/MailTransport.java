package nl.claimdesk.email;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Hands mails over for delivery: to an SMTP server, or to the demo mailbox. */
interface MailTransport {

    /**
     * Sends the mails, over one connection where the transport has connections. Returns the mails that failed,
     * with the reason and whether another attempt could succeed; every other mail was accepted.
     */
    Map<UUID, DeliveryFailure> send(List<PendingMail> mails);
}
