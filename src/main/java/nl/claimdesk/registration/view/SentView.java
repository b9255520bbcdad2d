package nl.claimdesk.registration.view;

/** After sending: look in your inbox (and spam folder), or have the mail sent again. */
public record SentView(String campaignName, String email, String resendAction) {}
