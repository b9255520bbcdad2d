package nl.claimdesk.registration;

/** Where a registration stands as a whole, for the back office's status filter. */
enum RegistrationState {
    /** The address was never confirmed. */
    UNCONFIRMED,
    /** Confirmed and not withdrawn. */
    CONFIRMED,
    /** Withdrawn as a whole. */
    WITHDRAWN;

    static RegistrationState of(boolean verified, boolean withdrawn) {
        if (withdrawn) {
            return WITHDRAWN;
        }
        return verified ? CONFIRMED : UNCONFIRMED;
    }
}
