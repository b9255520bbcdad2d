@NullMarked
package nl.claimdesk;

import org.jspecify.annotations.NullMarked;
