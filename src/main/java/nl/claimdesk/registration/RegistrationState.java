package nl.claimdesk.registration;

/** Where a registration stands as a whole: confirmed by email or not yet, or withdrawn. */
public enum RegistrationState {
    /** The address was never confirmed. */
    UNCONFIRMED,
    /** Confirmed and not withdrawn. */
    CONFIRMED,
    /** Withdrawn as a whole. */
    WITHDRAWN;

    public static RegistrationState of(boolean verified, boolean withdrawn) {
        if (withdrawn) {
            return WITHDRAWN;
        }
        return verified ? CONFIRMED : UNCONFIRMED;
    }
}
