/** The registry's lists of opt-outs and opt-ins: upload, preview and import, with the report of unmatched lines. */
@NullMarked
package nl.claimdesk.registration.backoffice.registry;

import org.jspecify.annotations.NullMarked;
