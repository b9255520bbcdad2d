package nl.claimdesk.registration.view;

/** The campaign takes no sign-ups (any more). */
public record ClosedView(String campaignName, String status, String landingHref, String logInHref) {}
