package nl.claimdesk.dossier.view;

import java.util.List;
import nl.claimdesk.campaign.RegistryNotice;
import nl.claimdesk.web.Link;
import org.jspecify.annotations.Nullable;

/** The participant's file: their address, every registration with its claimants and history, and their mails. */
public record DossierView(
        String email,
        @Nullable String notice,
        List<RegistrationCard> registrations,
        List<HistoryLine> mails,
        List<Link> accountLinks,
        String logoutAction) {

    /**
     * One registration: campaign, number, date, whether confirmed, the claimants, its history and what can be done; and
     * how to opt out of (or into) the court's class, once the campaign's class names it.
     */
    public record RegistrationCard(
            String id,
            String campaignName,
            String campaignHref,
            String reference,
            String kind,
            String registeredOn,
            boolean verified,
            boolean withdrawn,
            List<ClaimantLine> claimants,
            List<Link> actions,
            List<HistoryLine> history,
            @Nullable RegistryNotice registryNotice) {}

    /**
     * A claimant, where their claim stands in words, and what can be done: accept the agreement, correct, withdraw,
     * or (once of age) hand the file over ({@code handoverAction} is where the form posts); and where they stand against
     * the court's class, once the campaign has one; and, once finance has published an allocation, the amount
     * they can expect and what still has to happen.
     */
    public record ClaimantLine(
            String id,
            String name,
            String bornOn,
            @Nullable String authority,
            String status,
            String statusExplanation,
            String statusClass,
            @Nullable Link accept,
            List<Link> actions,
            @Nullable String handoverAction,
            @Nullable String handoverError,
            @Nullable String classStanding,
            List<Payout> payouts) {}

    /** An expected payout in words: the amount, the steps still to come, and once paid the amount and date paid. */
    public record Payout(
            String amount,
            List<String> stillToHappen,
            @Nullable String paid) {}

    /** A dated line of history. */
    public record HistoryLine(String date, String text) {}
}
