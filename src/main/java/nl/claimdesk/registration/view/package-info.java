/** What the sign-up templates print. */
@NullMarked
package nl.claimdesk.registration.view;

import org.jspecify.annotations.NullMarked;
