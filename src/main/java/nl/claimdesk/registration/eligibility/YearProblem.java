package nl.claimdesk.registration.eligibility;

/** Why a year typed for the period of use is not acceptable. */
public enum YearProblem {
    /** The field is empty. */
    MISSING,
    /** The field holds something other than a four-digit year. */
    NOT_A_NUMBER,
    /** The first year of use lies before the year of birth. */
    BEFORE_BIRTH,
    /** The year lies after the current year. */
    IN_FUTURE,
    /** The last year of use lies before the first. */
    BEFORE_START
}
