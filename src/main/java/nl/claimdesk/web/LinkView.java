package nl.claimdesk.web;

/**
 * A one-time link opened in the browser: when still valid, a button that uses it (a GET never does); otherwise why
 * not, and where to ask for a new one. Its texts are the messages {@code messagePrefix + state + ".title"} and
 * {@code ".body"}, {@code messagePrefix + "VALID.button"} and {@code messagePrefix + "newLink"}.
 */
public record LinkView(String messagePrefix, String state, String action, String newLinkHref) {

    public boolean valid() {
        return state.equals("VALID");
    }
}
