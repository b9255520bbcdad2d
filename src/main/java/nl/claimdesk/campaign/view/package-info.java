/**
 * What the campaign templates print. Public only because the precompiled templates live in another package; no
 * other module may use these types.
 */
@NullMarked
package nl.claimdesk.campaign.view;

import org.jspecify.annotations.NullMarked;
