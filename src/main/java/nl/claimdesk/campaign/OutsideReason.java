package nl.claimdesk.campaign;

/** Why a claimant falls outside the class. */
public enum OutsideReason {
    /** They live in a country the court excluded. */
    RESIDENCE_EXCLUDED,
    /** None of their use can have fallen within the class period. */
    USE_OUTSIDE_PERIOD,
    /** Their use within the period does not meet the age condition of any sub-class. */
    AGE_DURING_USE,
    /** They opted out with the court's registry. */
    OPTED_OUT,
    /** They live where only those who opt in with the court's registry are in, and no opt-in is recorded. */
    NOT_OPTED_IN
}
