package nl.claimdesk.payout.internal.bank;

/** The bank's verification of payee for an account: does the holder's name match the IBAN's? */
public enum NameCheck {
    MATCH,
    CLOSE_MATCH,
    /** Keeps the account out of payment runs until a case handler resolves it. */
    NO_MATCH,
    NOT_POSSIBLE
}
