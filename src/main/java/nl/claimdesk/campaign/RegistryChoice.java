package nl.claimdesk.campaign;

/**
 * What a claimant filed with the court's registry, as the registry reported it to us. It is not a withdrawal from
 * the participation agreement: that is between the participant and the foundation.
 */
public enum RegistryChoice {
    /** Left the class: no longer bound by its outcome. */
    OPTED_OUT,
    /** Joined the class from a country whose residents are in only when they opt in. */
    OPTED_IN
}
