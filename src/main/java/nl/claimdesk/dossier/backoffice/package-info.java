/** What the back office shows of Mijn dossier: the participant's file with its agreements, mails and preferences. */
@NullMarked
package nl.claimdesk.dossier.backoffice;

import org.jspecify.annotations.NullMarked;
