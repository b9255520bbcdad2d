package nl.claimdesk.identity.backoffice;

import java.time.Duration;
import nl.claimdesk.infrastructure.StaffMember;

/** What became of a second-factor code: the member is logged in, the code was wrong, or it came too soon to check. */
sealed interface SecondFactorResult {

    record LoggedIn(StaffMember member) implements SecondFactorResult {}

    record Wrong() implements SecondFactorResult {}

    /** Too many wrong codes in a row: this one was not checked, and the next may come after {@code remaining}. */
    record Wait(Duration remaining) implements SecondFactorResult {}
}
