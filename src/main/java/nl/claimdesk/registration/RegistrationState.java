package nl.claimdesk.registration;

/** Where a registration as a whole stands, for figures: confirmed by email or not yet, or withdrawn. */
public enum RegistrationState {
    UNCONFIRMED,
    CONFIRMED,
    WITHDRAWN
}
