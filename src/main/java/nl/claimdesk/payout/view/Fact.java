package nl.claimdesk.payout.view;

/** A labelled value in a summary list. */
public record Fact(String label, String value) {}
