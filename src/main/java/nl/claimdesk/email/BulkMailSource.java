package nl.claimdesk.email;

import java.util.List;
import java.util.Map;

/**
 * Mail to many people that the delivery workers send when no outbox mail is due, so transactional mail always goes
 * first. A module that sends such mail implements this; the workers call it on every node.
 */
public interface BulkMailSource {

    /**
     * Claims up to {@code max} mails to send now, locked in the caller's transaction so that no other worker claims
     * them until it ends. The source decides how many may go (its rate) and builds each mail for its recipient.
     */
    List<BulkMail> claim(int max);

    /**
     * Records, in the transaction of the claim, that the mails {@code sent} were accepted by the mail server and the
     * ones in {@code failed} were not (by Message-ID). The source decides when a mail refused for now is tried again.
     */
    void settle(List<BulkMail> sent, Map<String, Refusal> failed);

    /**
     * Why the server did not take a mail: its reply, and whether that is final (a 5xx) or for now (a 4xx, a broken
     * connection, a server that is away).
     */
    record Refusal(String reply, boolean permanent) {}
}
