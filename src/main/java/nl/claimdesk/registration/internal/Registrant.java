package nl.claimdesk.registration.internal;

import java.time.LocalDate;
import nl.claimdesk.shared.EmailAddress;

/** The adult who signs up, as checked. */
public record Registrant(
        String firstName,
        String lastName,
        EmailAddress email,
        LocalDate dateOfBirth,
        String postcode,
        String country) {}
