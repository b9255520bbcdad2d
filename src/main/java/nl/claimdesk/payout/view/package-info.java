/** The records the payout's templates render (ADR 0005). */
@NullMarked
package nl.claimdesk.payout.view;

import org.jspecify.annotations.NullMarked;
