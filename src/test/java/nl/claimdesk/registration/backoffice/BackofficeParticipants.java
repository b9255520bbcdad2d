package nl.claimdesk.registration.backoffice;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.claimdesk.Ages;
import nl.claimdesk.Unique;
import nl.claimdesk.campaign.Campaigns;
import nl.claimdesk.registration.ClaimantKind;
import nl.claimdesk.registration.RegistrationKind;
import nl.claimdesk.registration.eligibility.UsePeriod;
import nl.claimdesk.registration.internal.ClaimantEntry;
import nl.claimdesk.registration.internal.Registrant;
import nl.claimdesk.registration.internal.SignUp;
import nl.claimdesk.registration.signup.SignUps;
import nl.claimdesk.shared.EmailAddress;
import nl.claimdesk.shared.Language;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Participants for the back-office tests, stored the way the funnel stores them (through {@link SignUps}), each with
 * names, address and postcode of their own so tests can share the database.
 */
final class BackofficeParticipants {

    private final SignUps signUps;
    private final Campaigns campaigns;
    private final JdbcClient jdbc;
    private final Ages.Birth childrenBorn;

    /** Every child these parents register is born on {@code childrenBorn}. */
    BackofficeParticipants(SignUps signUps, Campaigns campaigns, JdbcClient jdbc, Ages.Birth childrenBorn) {
        this.signUps = signUps;
        this.campaigns = campaigns;
        this.jdbc = jdbc;
        this.childrenBorn = childrenBorn;
    }

    Ages.Birth childrenBorn() {
        return childrenBorn;
    }

    /** A stored participant as the tests look for it. */
    record Stored(UUID id, String reference, String firstName, String lastName, String email, String postcode) {}

    /** A parent with their own address and postcode, who registers the named children (with the parent's last name). */
    Stored parent(String campaign, String firstName, String lastName, String... children) {
        String email = Unique.email("ouder");
        String postcode =
                (1000 + (int) (Math.random() * 9000)) + " " + Unique.letters(2).toUpperCase();
        List<ClaimantEntry> claimants = java.util.Arrays.stream(children)
                .map(child -> new ClaimantEntry(
                        ClaimantKind.CHILD,
                        child,
                        lastName,
                        childrenBorn.date(),
                        new UsePeriod(Integer.parseInt(childrenBorn.yearAtAge(7)), null),
                        true))
                .toList();
        signUps.submit(new SignUp(
                campaigns.bySlug(campaign).orElseThrow(),
                RegistrationKind.CHILDREN,
                new Registrant(
                        firstName,
                        lastName,
                        EmailAddress.parse(email).orElseThrow(),
                        LocalDate.of(1980, 5, 6),
                        postcode,
                        "NL"),
                claimants,
                Language.NL,
                UUID.randomUUID()));
        return jdbc.sql("select id, reference from registration where email = ?")
                .param(email)
                .query((rs, row) -> new Stored(
                        rs.getObject("id", UUID.class),
                        rs.getString("reference"),
                        firstName,
                        lastName,
                        email,
                        postcode))
                .single();
    }
}
