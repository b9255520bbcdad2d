/**
 * The jobs that remove what is no longer needed: unconfirmed sign-ups and the personal data of withdrawals.
 */
@NullMarked
package nl.claimdesk.registration.retention;

import org.jspecify.annotations.NullMarked;
