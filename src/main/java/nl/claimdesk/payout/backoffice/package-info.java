/** The finance screens: settlements, their approval, allocations, and the reports per settlement. */
@NullMarked
package nl.claimdesk.payout.backoffice;

import org.jspecify.annotations.NullMarked;
