/**
 * Campaigns and their content: the rules, fee terms, parties, texts, timeline and FAQ of each claim, the public
 * campaign site, and the live counter of registrations.
 */
@NullMarked
package nl.claimdesk.campaign;

import org.jspecify.annotations.NullMarked;
