/**
 * The append-only audit log: every change to a participant's file and every staff read of personal data, with who
 * did it, when, and from where.
 */
@NullMarked
package nl.claimdesk.audit;

import org.jspecify.annotations.NullMarked;
