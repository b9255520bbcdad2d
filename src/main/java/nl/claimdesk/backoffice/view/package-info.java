/** What the dashboard template prints. */
@NullMarked
package nl.claimdesk.backoffice.view;

import org.jspecify.annotations.NullMarked;
