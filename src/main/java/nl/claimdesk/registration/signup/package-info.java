/**
 * The public sign-up funnel (who is registered, the registrant, the children or the period of use, check and send)
 * and the confirmation of the address.
 */
@NullMarked
package nl.claimdesk.registration.signup;

import org.jspecify.annotations.NullMarked;
