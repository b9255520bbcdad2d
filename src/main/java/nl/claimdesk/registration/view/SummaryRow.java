package nl.claimdesk.registration.view;

/** One answer on the check-your-answers page, with where to change it. */
public record SummaryRow(String label, String value, String changeHref) {}
