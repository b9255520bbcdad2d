package nl.claimdesk.backoffice;

/**
 * The security chain that guards a route of the access matrix. A form's CSRF token is checked by the chain of the
 * route it is sent to, and the chains need not keep their tokens in the same place (Spring Security's MockMvc
 * {@code csrf()} moves a chain's tokens into the session for the rest of a context's life, and other tests share
 * the context), so a browser reads a form of the route's own chain before it sends one.
 */
enum Chain {
    BACKOFFICE(AccessMatrix.STAFF_LOGIN),
    PARTICIPANT(AccessMatrix.PARTICIPANT_LOGIN);

    private final String login;

    Chain(String login) {
        this.login = login;
    }

    static Chain of(Route route) {
        return route.pattern().startsWith("/dossier") ? PARTICIPANT : BACKOFFICE;
    }

    /** A page of this chain with a form, as the visitor may read it. */
    String pageWithForm(Visitor visitor) {
        if (this == BACKOFFICE && visitor.role() != null) {
            return "/backoffice/dashboard";
        }
        if (this == PARTICIPANT && visitor.equals(Visitor.PARTICIPANT)) {
            return "/dossier";
        }
        return login;
    }

    /** A form of this chain open to everyone: sent empty, its handler answers whenever the token is valid. */
    String openForm() {
        return login;
    }
}
