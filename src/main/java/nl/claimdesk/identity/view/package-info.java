/** What the login templates print. */
@NullMarked
package nl.claimdesk.identity.view;

import org.jspecify.annotations.NullMarked;
