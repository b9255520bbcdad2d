@NullMarked
package nl.claimdesk.registration.participant;

import org.jspecify.annotations.NullMarked;
