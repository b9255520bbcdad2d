/** The participant's side of identity: login links, the login and address-change pages, the participant chain. */
@NullMarked
package nl.claimdesk.identity.participant;

import org.jspecify.annotations.NullMarked;
