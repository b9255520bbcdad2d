/**
 * The registration in Mijn dossier: the participant's own corrections and withdrawals, and the hand-over of a
 * child's file when they come of age.
 */
@NullMarked
package nl.claimdesk.registration.participant;

import org.jspecify.annotations.NullMarked;
