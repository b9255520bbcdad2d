/** The content editor in the back office: the overview, the text, FAQ and timeline editors and their edits. */
@NullMarked
package nl.claimdesk.campaign.backoffice;

import org.jspecify.annotations.NullMarked;
