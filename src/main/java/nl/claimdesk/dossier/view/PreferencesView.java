package nl.claimdesk.dossier.view;

/** The participant's mail preferences: news updates on or off (transactional mail always comes). */
public record PreferencesView(String action, String cancelHref, boolean news) {}
