package nl.claimdesk.registration.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.claimdesk.registration.internal.keys.SearchKeys;
import org.jspecify.annotations.Nullable;

/**
 * A row of the table {@code claimant} as it is inserted, with its identity and search keys. The component names are
 * the parameter names of {@link RegistrationStore#insertClaimant}.
 */
record NewClaimant(
        UUID id,
        UUID registration,
        int position,
        String kind,
        String firstName,
        String lastName,
        LocalDate dateOfBirth,
        int useStartedYear,
        @Nullable Integer useStartedMonth,
        @Nullable Integer useEndedYear,
        @Nullable Integer useEndedMonth,
        @Nullable String residence,
        boolean authorityDeclared,
        @Nullable String authority,
        String identityKey,
        OffsetDateTime createdAt,
        String nameKey,
        String lastNameKey) {

    static NewClaimant of(UUID id, UUID registration, int position, ClaimantEntry claimant, OffsetDateTime now) {
        return new NewClaimant(
                id,
                registration,
                position,
                claimant.kind().name(),
                claimant.firstName(),
                claimant.lastName(),
                claimant.dateOfBirth(),
                claimant.use().startYear(),
                claimant.use().startMonth(),
                claimant.use().endYear(),
                claimant.use().endMonth(),
                claimant.residence(),
                claimant.authorityDeclared(),
                claimant.authority() == null ? null : claimant.authority().name(),
                DuplicateStore.identityKey(claimant),
                now,
                SearchKeys.fullName(claimant.firstName(), claimant.lastName()),
                SearchKeys.name(claimant.lastName()));
    }
}
