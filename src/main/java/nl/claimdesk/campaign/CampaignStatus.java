package nl.claimdesk.campaign;

/** Where a campaign stands. Only an open campaign takes new sign-ups. */
public enum CampaignStatus {
    OPEN,
    CLOSED,
    SETTLED;

    public boolean acceptsSignUps() {
        return this == OPEN;
    }
}
