@NullMarked
package nl.claimdesk.registration.backoffice;

import org.jspecify.annotations.NullMarked;
