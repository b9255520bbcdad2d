/** What the demo mailbox templates print. */
@NullMarked
package nl.claimdesk.email.view;

import org.jspecify.annotations.NullMarked;
