/**
 * The back office's shell: its start page and the dashboard of aggregate figures. Each module's own back-office
 * screens live in that module and declare their {@link nl.claimdesk.web.backoffice.BackofficeSection}.
 */
@NullMarked
package nl.claimdesk.backoffice;

import org.jspecify.annotations.NullMarked;
