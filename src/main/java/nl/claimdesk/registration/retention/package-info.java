@NullMarked
package nl.claimdesk.registration.retention;

import org.jspecify.annotations.NullMarked;
