@NullMarked
package nl.claimdesk.registration.mail;

import org.jspecify.annotations.NullMarked;
