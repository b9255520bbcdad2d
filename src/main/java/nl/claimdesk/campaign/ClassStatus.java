package nl.claimdesk.campaign;

/** Where a claimant stands against the court's class. */
public enum ClassStatus {
    IN_CLASS,
    OUTSIDE,
    INFORMATION_NEEDED
}
