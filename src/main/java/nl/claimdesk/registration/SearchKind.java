package nl.claimdesk.registration;

/** What the text of a participant search is compared with. */
enum SearchKind {
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
