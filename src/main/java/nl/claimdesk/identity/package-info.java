/**
 * Who someone is: participants' accounts (one per email address), one-time links for verification and login,
 * sessions, and access to the participant's own pages.
 */
@NullMarked
package nl.claimdesk.identity;

import org.jspecify.annotations.NullMarked;
