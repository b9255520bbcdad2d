/**
 * Outgoing mail: the outbox every mail is written to in the transaction that causes it, the delivery worker that
 * sends it over SMTP, the mail layout, and the demo mailbox used when no SMTP server is configured.
 */
@NullMarked
package nl.claimdesk.email;

import org.jspecify.annotations.NullMarked;
