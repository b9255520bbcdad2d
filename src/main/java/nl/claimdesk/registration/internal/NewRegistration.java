package nl.claimdesk.registration.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.claimdesk.identity.AccountId;
import nl.claimdesk.registration.RegistrationKind;
import nl.claimdesk.registration.RegistrationSummary;
import nl.claimdesk.registration.internal.keys.SearchKeys;
import nl.claimdesk.shared.EmailAddress;
import org.jspecify.annotations.Nullable;

/**
 * A row of the table {@code registration} as it is inserted, with its search keys. The component names are the
 * parameter names of {@link RegistrationStore#insert}.
 */
record NewRegistration(
        UUID id,
        String reference,
        UUID campaign,
        UUID account,
        String kind,
        String firstName,
        String lastName,
        LocalDate dateOfBirth,
        String postcode,
        String country,
        String language,
        OffsetDateTime createdAt,
        UUID idempotencyKey,
        @Nullable OffsetDateTime verifiedAt,
        String email,
        String emailKey,
        String nameKey,
        String lastNameKey,
        String postcodeKey) {

    /** A registration sent through the funnel: the address is confirmed later. */
    static NewRegistration signedUp(UUID id, String reference, SignUp signUp, AccountId account, OffsetDateTime now) {
        Registrant registrant = signUp.registrant();
        return of(
                id,
                reference,
                signUp.campaign().id().value(),
                account,
                signUp.kind(),
                registrant.firstName(),
                registrant.lastName(),
                registrant.dateOfBirth(),
                registrant.postcode(),
                registrant.country(),
                signUp.language().code(),
                now,
                signUp.idempotencyKey(),
                null,
                registrant.email());
    }

    /** A registration of the young adult's own, made from the claimant their parent registered. */
    static NewRegistration takenOver(
            UUID id,
            RegistrationSummary parents,
            RegistrationSummary.Claimant claimant,
            AccountId account,
            EmailAddress email,
            OffsetDateTime at) {
        return of(
                id,
                RegistrationReference.random(),
                parents.campaign().value(),
                account,
                RegistrationKind.SELF,
                claimant.firstName(),
                claimant.lastName(),
                claimant.dateOfBirth(),
                parents.postcode(),
                parents.country(),
                parents.language().code(),
                at,
                UUID.randomUUID(),
                at,
                email);
    }

    private static NewRegistration of(
            UUID id,
            String reference,
            UUID campaign,
            AccountId account,
            RegistrationKind kind,
            String firstName,
            String lastName,
            LocalDate dateOfBirth,
            String postcode,
            String country,
            String language,
            OffsetDateTime createdAt,
            UUID idempotencyKey,
            @Nullable OffsetDateTime verifiedAt,
            EmailAddress email) {
        return new NewRegistration(
                id,
                reference,
                campaign,
                account.value(),
                kind.name(),
                firstName,
                lastName,
                dateOfBirth,
                postcode,
                country,
                language,
                createdAt,
                idempotencyKey,
                verifiedAt,
                email.value(),
                SearchKeys.email(email.normalised()),
                SearchKeys.fullName(firstName, lastName),
                SearchKeys.name(lastName),
                SearchKeys.postcode(postcode));
    }
}
