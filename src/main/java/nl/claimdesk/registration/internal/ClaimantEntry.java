package nl.claimdesk.registration.internal;

import java.time.LocalDate;
import nl.claimdesk.registration.Authority;
import nl.claimdesk.registration.ClaimantKind;
import nl.claimdesk.registration.eligibility.UsePeriod;
import org.jspecify.annotations.Nullable;

/**
 * A person whose claim is registered, as checked: a child of the registrant, or the registrant.
 *
 * @param residence the claimant's own country of residence, where the class asked for it
 * @param authorityDeclared the registrant declared parental authority or guardianship over this child
 * @param authority which of the two the registrant declared, where they were asked; none for their own claim
 */
public record ClaimantEntry(
        ClaimantKind kind,
        String firstName,
        String lastName,
        LocalDate dateOfBirth,
        UsePeriod use,
        @Nullable String residence,
        boolean authorityDeclared,
        @Nullable Authority authority) {

    /** A claimant without a residence of their own, and no kind of authority asked. */
    public ClaimantEntry(
            ClaimantKind kind,
            String firstName,
            String lastName,
            LocalDate dateOfBirth,
            UsePeriod use,
            boolean authorityDeclared) {
        this(kind, firstName, lastName, dateOfBirth, use, null, authorityDeclared, null);
    }
}
