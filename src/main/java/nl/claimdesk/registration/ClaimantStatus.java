package nl.claimdesk.registration;

/**
 * Where a claimant stands. Whether the participation agreement was accepted is separate
 * ({@link RegistrationSummary.Claimant#participationCompletedAt()}).
 */
public enum ClaimantStatus {
    REGISTERED,
    /** The same person was registered before, by someone else: the back office looks into it. */
    UNDER_REVIEW,
    /**
     * The back office found it is the same person as a claimant registered before: kept on record, linked to that
     * claimant by the resolved review, and not counted a second time.
     */
    DUPLICATE,
    WITHDRAWN,
    /** Came of age and taken over by the young adult under their own account; the parent no longer sees it. */
    HANDED_OVER;

    /** Whether the claimant counts in the figures that count claimants. */
    public boolean counts() {
        return this == REGISTERED;
    }
}
