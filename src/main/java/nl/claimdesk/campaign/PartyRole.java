package nl.claimdesk.campaign;

/** The part an organisation plays in a campaign. */
public enum PartyRole {
    FOUNDATION,
    CONSUMER_ORGANISATION,
    CLAIMS_ADMINISTRATOR,
    LAW_FIRM,
    FUNDER,
    OTHER
}
