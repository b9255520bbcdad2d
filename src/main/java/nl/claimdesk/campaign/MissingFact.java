package nl.claimdesk.campaign;

/** The fact that would decide whether a claimant is in the class, which Claimdesk does not have yet. */
public enum MissingFact {
    /** The claimant's country of residence. */
    RESIDENCE,
    /** The month in which use started: the start year holds a boundary of the period or of the age condition. */
    USE_START_MONTH,
    /** The month in which use ended: the end year holds a boundary of the period or of the age condition. */
    USE_END_MONTH
}
