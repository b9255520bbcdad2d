/**
 * What the audiences of the module share: the stores (one per aggregate), the checks that turn forms into entries,
 * search keys, recorded changes and withdrawals.
 */
@NullMarked
package nl.claimdesk.registration.internal;

import org.jspecify.annotations.NullMarked;
