/**
 * Signing up: the funnel (who is registered, the registrant, the children or the period of use, check and send),
 * the campaign's eligibility rules applied to it, duplicate detection, and verification of the email address.
 */
@NullMarked
package nl.claimdesk.registration;

import org.jspecify.annotations.NullMarked;
