package nl.claimdesk.registration;

/** Whose claim it is: a child the registrant acts for, or the registrant themself. */
public enum ClaimantKind {
    CHILD,
    SELF
}
