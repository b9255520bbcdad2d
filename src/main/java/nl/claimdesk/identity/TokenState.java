package nl.claimdesk.identity;

/** What a one-time link is worth right now. */
public enum TokenState {
    VALID,
    USED,
    /** Replaced by a newer link, or cancelled when the account's email address changed. */
    REVOKED,
    EXPIRED,
    UNKNOWN
}
