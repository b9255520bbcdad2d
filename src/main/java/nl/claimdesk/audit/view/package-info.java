/** What the audit log page prints. */
@NullMarked
package nl.claimdesk.audit.view;

import org.jspecify.annotations.NullMarked;
