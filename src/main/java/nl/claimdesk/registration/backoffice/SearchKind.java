package nl.claimdesk.registration.backoffice;

/** What the text of a participant search is compared with. */
public enum SearchKind {
    /** The start of the registrant's first or last name (or of "first last"). */
    NAME,
    /** The start of the registrant's address. */
    EMAIL,
    /** The start of the registrant's postcode, spaces ignored. */
    POSTCODE,
    /** The start of a claimant's first or last name. */
    CHILD,
    /** The registration number, exactly. */
    REFERENCE
}
