package nl.claimdesk.registration;

/** How a withdrawal reached us: in Mijn dossier, or by email or letter to the claims administrator. */
public enum WithdrawalChannel {
    ONLINE,
    EMAIL,
    LETTER
}
