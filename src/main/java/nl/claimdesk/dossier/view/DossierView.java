package nl.claimdesk.dossier.view;

import java.util.List;

/** The participant's file: their address and every registration with its claimants. */
public record DossierView(String email, List<RegistrationCard> registrations) {

    /** One registration: campaign, number, date, whether the address is confirmed, and the claimants. */
    public record RegistrationCard(
            String campaignName,
            String campaignHref,
            String reference,
            String kind,
            String registeredOn,
            boolean verified,
            List<ClaimantLine> claimants) {}

    /** A claimant and where their claim stands, in words. */
    public record ClaimantLine(String name, String bornOn, String status, String statusExplanation) {}
}
