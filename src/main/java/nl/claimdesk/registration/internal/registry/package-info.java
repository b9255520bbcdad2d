/** Opt-outs and opt-ins reported by the court's registry: recording one, and matching a registry's list. */
@NullMarked
package nl.claimdesk.registration.internal.registry;

import org.jspecify.annotations.NullMarked;
