/**
 * The campaign's eligibility rules and the date rules, as every form of the module applies them.
 */
@NullMarked
package nl.claimdesk.registration.eligibility;

import org.jspecify.annotations.NullMarked;
