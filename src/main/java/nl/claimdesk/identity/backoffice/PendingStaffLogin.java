package nl.claimdesk.identity.backoffice;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A staff login half-way, kept in the session: the password was right, the second factor is still to come (or to be
 * enrolled, with the secret shown on the enrolment page). It lapses after a few minutes or a few wrong codes.
 */
record PendingStaffLogin(
        UUID staffId,
        boolean enrolled,
        Instant passwordCheckedAt,
        @Nullable String newSecret,
        int wrongCodes) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String ATTRIBUTE = "claimdesk.pendingStaffLogin";
    static final int MAXIMUM_WRONG_CODES = 5;

    PendingStaffLogin withSecret(String secret) {
        return new PendingStaffLogin(staffId, enrolled, passwordCheckedAt, secret, wrongCodes);
    }

    PendingStaffLogin withWrongCode() {
        return new PendingStaffLogin(staffId, enrolled, passwordCheckedAt, newSecret, wrongCodes + 1);
    }

    boolean exhausted() {
        return wrongCodes >= MAXIMUM_WRONG_CODES;
    }
}
