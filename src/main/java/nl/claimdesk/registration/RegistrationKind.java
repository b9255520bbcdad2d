package nl.claimdesk.registration;

/** Who a sign-up registers: the first question of the sign-up. */
public enum RegistrationKind {
    /** The registrant signs up as claimant, for their own use of the service. */
    SELF,
    /** A parent or guardian signs up one or more minor children as claimants. */
    CHILDREN,
    /** The registrant supports the claim without claiming anything. */
    SUPPORTER
}
