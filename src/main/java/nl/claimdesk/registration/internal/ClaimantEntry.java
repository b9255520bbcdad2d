package nl.claimdesk.registration.internal;

import java.time.LocalDate;
import nl.claimdesk.registration.ClaimantKind;
import nl.claimdesk.registration.eligibility.UsePeriod;

/** A person whose claim is registered, as checked: a child of the registrant, or the registrant. */
public record ClaimantEntry(
        ClaimantKind kind,
        String firstName,
        String lastName,
        LocalDate dateOfBirth,
        UsePeriod use,
        boolean authorityDeclared) {}
