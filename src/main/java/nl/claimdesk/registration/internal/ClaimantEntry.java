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
 * @param authority what the registrant declared to hold over a child; none for the registrant's own claim
 */
public record ClaimantEntry(
        ClaimantKind kind,
        String firstName,
        String lastName,
        LocalDate dateOfBirth,
        UsePeriod use,
        @Nullable String residence,
        @Nullable Authority authority) {

    /** A claimant without a residence of their own; a child's registrant declared parental authority. */
    public ClaimantEntry(
            ClaimantKind kind,
            String firstName,
            String lastName,
            LocalDate dateOfBirth,
            UsePeriod use,
            boolean authorityDeclared) {
        this(kind, firstName, lastName, dateOfBirth, use, null, authorityDeclared ? Authority.PARENT : null);
    }

    public boolean authorityDeclared() {
        return authority != null;
    }
}
