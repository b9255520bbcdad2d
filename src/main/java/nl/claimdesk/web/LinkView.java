package nl.claimdesk.web;

/**
 * A one-time link opened in the browser: when still valid, a button that uses it (a GET never does); otherwise why
 * not, and where to go instead. Its texts are the messages {@code messagePrefix + state + ".title"} and
 * {@code ".body"}, {@code messagePrefix + "VALID.button"}, and {@code newLinkKey} for the way out.
 */
public record LinkView(String messagePrefix, String state, String action, String newLinkHref, String newLinkKey) {

    public boolean valid() {
        return state.equals("VALID");
    }
}
