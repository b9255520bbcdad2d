@NullMarked
package nl.claimdesk.registration.internal;

import org.jspecify.annotations.NullMarked;
