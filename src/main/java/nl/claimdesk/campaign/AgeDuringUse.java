package nl.claimdesk.campaign;

/** The age a sub-class requires on at least one day of use within the class period. */
public enum AgeDuringUse {
    /** Younger than the majority age on that day. */
    MINOR,
    /** The majority age or older on that day. */
    ADULT,
    /** No condition on age. */
    ANY
}
