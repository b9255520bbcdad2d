package nl.claimdesk.registration.backoffice;

/** The order of the participant search results; each has a keyset index. */
public enum ParticipantSort {
    NEWEST,
    OLDEST,
    NAME
}
