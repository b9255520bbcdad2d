package nl.claimdesk.registration.view;

import java.util.List;

/** Files whose young adult was invited to take the claim over long ago and has not: for staff to follow up. */
public record NotTakenOverView(String intro, List<Row> rows) {

    /** A claimant not taken over, with the file it is in and the day of the first invitation. */
    public record Row(String reference, String fileHref, String claimant, String invitedOn) {}
}
