@NullMarked
package nl.claimdesk.registration.eligibility;

import org.jspecify.annotations.NullMarked;
