package nl.claimdesk.identity;

import java.util.UUID;

public record AccountId(UUID value) implements java.io.Serializable {

    @Override
    public String toString() {
        return value.toString();
    }
}
