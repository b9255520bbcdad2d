/** The dossier's stores: the agreement acceptances, kept as proof (ADR 0011). */
@NullMarked
package nl.claimdesk.dossier.internal;

import org.jspecify.annotations.NullMarked;
