package nl.claimdesk.registration.eligibility;

/** Why the text typed in the three date fields is not an acceptable date of birth. */
public enum DateProblem {
    /** At least one of day, month and year is empty. */
    MISSING,
    /** A field holds something other than at most four digits. */
    NOT_A_NUMBER,
    /** The numbers name no calendar day, such as 31 April, or a year before 1000. */
    IMPOSSIBLE,
    /** The date lies after today. */
    IN_FUTURE,
    /** The date lies more than 120 years before today. */
    TOO_OLD
}
