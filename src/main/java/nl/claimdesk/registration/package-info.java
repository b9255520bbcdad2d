/**
 * Registrations: who signed up for which campaign, for whom, and what happened since. This package is the module's
 * API for the other modules; the work is done in the sub-packages, each for one audience (docs/adr/0032).
 */
@NullMarked
package nl.claimdesk.registration;

import org.jspecify.annotations.NullMarked;
