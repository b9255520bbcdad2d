package nl.claimdesk.registration;

import java.time.LocalDate;

/** A person whose claim is registered, as checked: a child of the registrant, or the registrant. */
record ClaimantEntry(
        ClaimantKind kind,
        String firstName,
        String lastName,
        LocalDate dateOfBirth,
        UsePeriod use,
        boolean authorityDeclared) {}
