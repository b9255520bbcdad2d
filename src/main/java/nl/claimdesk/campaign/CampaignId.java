package nl.claimdesk.campaign;

import java.util.UUID;

public record CampaignId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
