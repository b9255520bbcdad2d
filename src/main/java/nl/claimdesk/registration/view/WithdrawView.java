package nl.claimdesk.registration.view;

import java.util.List;

/** The confirmation step of a withdrawal: who is withdrawn, an optional reason, and the button. */
public record WithdrawView(String heading, String action, String cancelHref, List<String> names, boolean whole) {}
