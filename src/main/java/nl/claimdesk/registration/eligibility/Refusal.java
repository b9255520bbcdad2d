package nl.claimdesk.registration.eligibility;

/** Why {@link Eligibility} turns a registration down. Each has its own explanation of what to do instead. */
public enum Refusal {
    /** The person signing up is younger than the campaign's minimum age. */
    REGISTRANT_TOO_YOUNG,
    /** The child has come of age and must sign up themself. */
    CHILD_ALREADY_ADULT,
    /** All use of the service lies before the campaign's reference date. */
    USE_ONLY_BEFORE_REFERENCE_DATE,
    /** The claimant was already of age during all use on or after the reference date. */
    NOT_A_MINOR_DURING_USE,
    /** The campaign takes no supporters. */
    SUPPORTERS_NOT_ALLOWED
}
