/** The audit log's page in the back office: browsing and filtering the entries, for admins. */
@NullMarked
package nl.claimdesk.audit.backoffice;

import org.jspecify.annotations.NullMarked;
