/**
 * The registration in the back office: participant search and exports, the review queue of possible duplicates,
 * and the actions on and corrections of a participant's file.
 */
@NullMarked
package nl.claimdesk.registration.backoffice;

import org.jspecify.annotations.NullMarked;
