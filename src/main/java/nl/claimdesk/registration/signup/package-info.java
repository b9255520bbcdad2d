@NullMarked
package nl.claimdesk.registration.signup;

import org.jspecify.annotations.NullMarked;
