/**
 * Staff identity in the back office: password and second-factor login, invitations, staff administration and the
 * back-office security chain.
 */
@NullMarked
package nl.claimdesk.identity.backoffice;

import org.jspecify.annotations.NullMarked;
