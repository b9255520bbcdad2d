package nl.claimdesk.registration;

/** The order of the participant search results; each has a keyset index. */
enum ParticipantSort {
    NEWEST,
    OLDEST,
    NAME
}
