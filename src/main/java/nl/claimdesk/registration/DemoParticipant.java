package nl.claimdesk.registration;

import nl.claimdesk.shared.EmailAddress;

/**
 * The participant the demo content signs up in the closed demo campaign, so that Mijn dossier and the payout have a
 * claimant to show. They log in like anyone else: with their address, and the link lands in the demo mailbox.
 */
public final class DemoParticipant {

    /** The login of the demo participant. */
    public static final EmailAddress EMAIL =
            EmailAddress.parse("demo.deelnemer@example.nl").orElseThrow();

    /** The campaign they are signed up in: the closed demo campaign. */
    public static final String CAMPAIGN = "energiecontract";

    private DemoParticipant() {}
}
