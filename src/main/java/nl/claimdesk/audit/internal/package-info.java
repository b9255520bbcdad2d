/** The keys that seal personal values in audit entries, one per person, deleted on erasure (ADR 0028). */
@NullMarked
package nl.claimdesk.audit.internal;

import org.jspecify.annotations.NullMarked;
