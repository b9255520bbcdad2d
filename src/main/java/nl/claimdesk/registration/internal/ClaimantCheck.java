package nl.claimdesk.registration.internal;

/**
 * How strictly a claimant's form is checked, by who enters it and when (docs/adr/0047, 0056).
 *
 * @param authorityAsked the registrant must say which authority they hold over the child
 * @param classFactsRequired a month or residence the class cannot decide without must be answered
 * @param outsideRefused a claimant outside the class is refused, with the reason and the supporter route
 */
public enum ClaimantCheck {
    /** Signed up, or a child added in Mijn dossier: everything the funnel asks. */
    NEW(true, true, true),
    /**
     * Corrected by the registrant: asked as a new child, but corrected facts that put the child outside the class are
     * stored and the class status says so, rather than the truth being refused.
     */
    CORRECTED_BY_REGISTRANT(true, true, false),
    /**
     * Corrected by staff: the declaration of authority is the registrant's and stays as stored; a fact the class
     * misses may be given, not required (staff rarely know it).
     */
    CORRECTED_BY_STAFF(false, false, false);

    private final boolean authorityAsked;
    private final boolean classFactsRequired;
    private final boolean outsideRefused;

    ClaimantCheck(boolean authorityAsked, boolean classFactsRequired, boolean outsideRefused) {
        this.authorityAsked = authorityAsked;
        this.classFactsRequired = classFactsRequired;
        this.outsideRefused = outsideRefused;
    }

    public boolean authorityAsked() {
        return authorityAsked;
    }

    public boolean classFactsRequired() {
        return classFactsRequired;
    }

    public boolean outsideRefused() {
        return outsideRefused;
    }
}
