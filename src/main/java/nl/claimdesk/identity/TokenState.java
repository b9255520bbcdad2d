package nl.claimdesk.identity;

/** What a one-time link is worth right now. */
public enum TokenState {
    VALID,
    USED,
    EXPIRED,
    UNKNOWN
}
