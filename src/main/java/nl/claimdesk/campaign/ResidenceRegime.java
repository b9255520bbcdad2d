package nl.claimdesk.campaign;

/**
 * How the court treats people living in a country: bound unless they opt out with the court's registry (the Dutch
 * rule under the WAMCA), in only when they opt in (the rule for people abroad), or not part of the class at all.
 */
public enum ResidenceRegime {
    OPT_OUT,
    OPT_IN,
    EXCLUDED
}
