/**
 * Mijn dossier: the participant's own file. This first page shows each registration with its campaign and the
 * status of every claimant.
 */
@NullMarked
package nl.claimdesk.dossier;

import org.jspecify.annotations.NullMarked;
