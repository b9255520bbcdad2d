/** What the dossier templates print. */
@NullMarked
package nl.claimdesk.dossier.view;

import org.jspecify.annotations.NullMarked;
